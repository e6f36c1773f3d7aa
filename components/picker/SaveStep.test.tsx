// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogTranslate, type MessageCatalog } from '../../lib/i18n/translate';
import en from '../../public/_locales/en/messages.json';
import { SaveStep, type SaveStatus } from './SaveStep';

const t = catalogTranslate(en as MessageCatalog);
const SITE = { name: 'Acme', urlPattern: 'https://crm.acme.example/*', urlRegex: '/customers$' };

function mount(status: SaveStatus, urlMatches = true) {
  const host = document.createElement('div');
  document.body.append(host);
  const onSite = vi.fn();
  const onSave = vi.fn();
  render(
    <SaveStep
      site={SITE}
      urlMatches={urlMatches}
      status={status}
      t={t}
      onSite={onSite}
      onBack={vi.fn()}
      onSave={onSave}
    />,
    host,
  );
  const q = <T extends Element = HTMLElement>(id: string) =>
    host.querySelector(`[data-testid="${id}"]`) as T;
  return { host, q, onSite, onSave };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SaveStep', () => {
  it('shows the proposed details and reports edits', () => {
    const { q, onSite } = mount({ state: 'idle' });
    const regex = q<HTMLInputElement>('picker-site-urlRegex');
    expect(regex.value).toBe('/customers$');
    regex.value = '/clients$';
    regex.dispatchEvent(new Event('input', { bubbles: true }));
    expect(onSite).toHaveBeenCalledWith({ urlRegex: '/clients$' });
  });

  it('saves once: the button is disabled while saving and after success', () => {
    const idle = mount({ state: 'idle' });
    idle.q('picker-save').click();
    expect(idle.onSave).toHaveBeenCalledOnce();
    document.body.innerHTML = '';
    expect(mount({ state: 'saving' }).q<HTMLButtonElement>('picker-save').disabled).toBe(true);
    document.body.innerHTML = '';
    const saved = mount({ state: 'saved' });
    expect(saved.q<HTMLButtonElement>('picker-save').disabled).toBe(true);
    expect(saved.q('picker-status').textContent).toContain('Saved');
  });

  it('shows the background’s validation message and a URL mismatch', () => {
    const { q, host } = mount({ state: 'failed', message: 'urlPattern: a match pattern' }, false);
    expect(q('picker-status').textContent).toBe('Not saved: urlPattern: a match pattern');
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('does not match');
  });

  it('cannot save a definition that does not match the page, and names the part', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const onSave = vi.fn();
    render(
      <SaveStep
        site={{ ...SITE, urlPattern: 'http://127.0.0.1/*' }}
        urlMatches={false}
        urlMismatch="port"
        status={{ state: 'idle' }}
        t={t}
        onSite={vi.fn()}
        onBack={vi.fn()}
        onSave={onSave}
      />,
      host,
    );
    const save = host.querySelector<HTMLButtonElement>('[data-testid="picker-save"]')!;
    expect(save.disabled).toBe(true);
    save.click();
    expect(onSave).not.toHaveBeenCalled();
    const part = host.querySelector('[data-testid="picker-mismatch"]')!;
    expect(part.getAttribute('data-part')).toBe('port');
    expect(part.textContent).toBe("The site pattern names another port than this page's.");
  });
});
