// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BADGE_HOST_ATTR, createBadgeHost } from './badge-host';
import { observeBatched, QUIET_MS } from './batched-observer';

const flushMicrotasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const afterFrameAndTask = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.innerHTML = '';
  vi.useRealTimers();
});

function watch() {
  const onChange = vi.fn();
  observeBatched(document.body, onChange, controller.signal);
  return onChange;
}

describe('batched observer', () => {
  it('reads the first burst at once, and a second burst soon after once, after a frame', async () => {
    const onChange = watch();
    document.body.append(document.createElement('table'));
    await flushMicrotasks();
    expect(onChange).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('p'));
    await flushMicrotasks();
    document.body.append(document.createElement('p'));
    await flushMicrotasks();
    expect(onChange).toHaveBeenCalledTimes(1);
    await afterFrameAndTask();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('reads at once again after a quiet spell', async () => {
    const onChange = watch();
    document.body.append(document.createElement('p'));
    await flushMicrotasks();
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS + 20));
    document.body.append(document.createElement('p'));
    await flushMicrotasks();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it("ignores Rung's own badge hosts, and everything after the abort", async () => {
    const onChange = watch();
    document.body.append(createBadgeHost([]).host);
    await flushMicrotasks();
    await afterFrameAndTask();
    expect(onChange).not.toHaveBeenCalled();
    controller.abort();
    document.body.append(document.createElement('p'));
    await flushMicrotasks();
    await afterFrameAndTask();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('reads when a page adds a span that looks like a badge host (only Rung knows its own)', async () => {
    const onChange = watch();
    const lookalike = document.createElement('span');
    lookalike.setAttribute(BADGE_HOST_ATTR, '');
    document.body.append(lookalike);
    await flushMicrotasks();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
