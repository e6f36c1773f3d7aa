// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OverrideForm } from './OverrideForm';
import { catalogTranslate, type MessageCatalog } from '../../lib/i18n/translate';
import { sampleClassification } from '../testing/sampleDetail';
import en from '../../public/_locales/en/messages.json';
import type { Override } from '../../lib/messages/protocol';

const t = catalogTranslate(en as MessageCatalog);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount(override: Override | null = null, onSave = vi.fn(async () => {})) {
  const host = document.createElement('div');
  document.body.append(host);
  const onRevert = vi.fn(async () => {});
  render(
    <OverrideForm
      automatic={sampleClassification()}
      override={override}
      vocabulary="classic"
      today="2026-11-23"
      t={t}
      onSave={onSave}
      onRevert={onRevert}
    />,
    host,
  );
  const q = <T extends Element>(selector: string) => host.querySelector(selector) as T;
  const change = (selector: string, value: string, event = 'change') => {
    const input = q<HTMLInputElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event(event, { bubbles: true }));
  };
  return { host, q, change, onSave, onRevert };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('OverrideForm', () => {
  it('offers automatic plus every stage and category, and shows the automatic result', () => {
    const { q, host } = mount();
    const stages = [...host.querySelectorAll('select[name="stage"] option')].map(
      (o) => (o as HTMLOptionElement).value,
    );
    expect(stages[0]).toBe('');
    expect(stages).toHaveLength(9);
    expect(host.querySelectorAll('select[name="category"] option')).toHaveLength(8);
    expect(q('[data-testid="automatic-result"]').textContent).toBe(
      'The rules say: Repeat customer, Core',
    );
    expect(q<HTMLButtonElement>('[data-testid="override-revert"]').disabled).toBe(true);
  });

  it('refuses to save without a choice and a reason, naming both problems', async () => {
    const { q, onSave } = mount();
    q<HTMLButtonElement>('[data-testid="override-save"]').click();
    await flush();
    expect(onSave).not.toHaveBeenCalled();
    expect(q('[data-testid="override-errors"]').textContent).toContain(
      'Choose a stage or a category',
    );
    expect(q('[data-testid="override-errors"]').textContent).toContain('Write a reason');
  });

  it('saves a filled form and reports it', async () => {
    const { q, change, onSave } = mount();
    change('select[name="stage"]', 'client');
    change('textarea[name="reason"]', 'Buys from us every month by phone', 'input');
    q<HTMLInputElement>('input[name="mode"][value="floor"]').click();
    change('input[name="expiresAt"]', '2027-01-31', 'input');
    await flush();
    q<HTMLButtonElement>('[data-testid="override-save"]').click();
    await flush();
    expect(onSave).toHaveBeenCalledWith({
      stage: 'client',
      category: '',
      reason: 'Buys from us every month by phone',
      mode: 'floor',
      expiresAt: '2027-01-31',
    });
    expect(q('[data-testid="override-status"]').textContent).toBe(
      'Saved. The badge shows your choice.',
    );
  });

  it('shows the background’s refusal as the status', async () => {
    const { q, change } = mount(
      null,
      vi.fn(async () => {
        throw new Error('A reason is required.');
      }),
    );
    change('select[name="category"]', 'dead');
    change('textarea[name="reason"]', 'x', 'input');
    await flush();
    q<HTMLButtonElement>('[data-testid="override-save"]').click();
    await flush();
    expect(q('[data-testid="override-status"]').textContent).toBe('A reason is required.');
  });

  it('starts from an existing override and can revert it', async () => {
    const { q, onRevert } = mount({
      category: 'devoted',
      reason: 'Brings friends',
      mode: 'pin',
      by: 'Ola',
      at: '2026-11-01T00:00:00Z',
    });
    expect(q<HTMLSelectElement>('select[name="category"]').value).toBe('devoted');
    q<HTMLButtonElement>('[data-testid="override-revert"]').click();
    await flush();
    expect(onRevert).toHaveBeenCalledTimes(1);
    expect(q('[data-testid="override-status"]').textContent).toBe(
      'Reverted. The rules decide again.',
    );
    expect(q<HTMLSelectElement>('select[name="category"]').value).toBe('');
  });
});
