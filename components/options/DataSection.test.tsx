// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from './DataSection';
import { catalogTranslate, type MessageCatalog } from '../../lib/i18n/translate';
import en from '../../public/_locales/en/messages.json';

const t = catalogTranslate(en as MessageCatalog);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('DataSection', () => {
  it('deletes everything only after a second, explicit click', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const onDeleteAll = vi.fn();
    render(
      <DataSection
        status=""
        t={t}
        onExport={() => {}}
        onImport={() => {}}
        onDeleteAll={onDeleteAll}
      />,
      host,
    );
    (host.querySelector('[data-testid="data-delete"]') as HTMLButtonElement).click();
    await flush();
    expect(onDeleteAll).not.toHaveBeenCalled();
    expect(host.textContent).toContain('It cannot be undone.');
    (host.querySelector('[data-testid="data-delete-confirm"]') as HTMLButtonElement).click();
    await flush();
    expect(onDeleteAll).toHaveBeenCalledTimes(1);
    expect(host.querySelector('[data-testid="data-delete-confirm"]')).toBeNull();
  });

  it('can back out of deleting', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const onDeleteAll = vi.fn();
    render(
      <DataSection
        status=""
        t={t}
        onExport={() => {}}
        onImport={() => {}}
        onDeleteAll={onDeleteAll}
      />,
      host,
    );
    (host.querySelector('[data-testid="data-delete"]') as HTMLButtonElement).click();
    await flush();
    const cancel = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Cancel');
    cancel?.click();
    await flush();
    expect(onDeleteAll).not.toHaveBeenCalled();
    expect(host.querySelector('[data-testid="data-delete"]')).not.toBeNull();
  });
});
