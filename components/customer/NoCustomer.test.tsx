// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoCustomer } from './NoCustomer';
import { SiteActions } from '../popup/SiteActions';
import { catalogTranslate, type MessageCatalog } from '../../lib/i18n/translate';
import en from '../../public/_locales/en/messages.json';

const t = catalogTranslate(en as MessageCatalog);
const mount = (node: preact.ComponentChild) => {
  const host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
};
afterEach(() => {
  document.body.innerHTML = '';
});

describe('NoCustomer', () => {
  it.each([
    ['no-customer-page', 'This page shows no customer record or list.'],
    ['not-found', 'Rung has no record of this customer yet. Open their page in the CRM.'],
    [
      'Rung’s background did not answer. Reload the page.',
      'Rung’s background did not answer. Reload the page.',
    ],
    [null, 'This tab shows no customer Rung can read.'],
  ])('explains %s', (reason, text) => {
    const host = mount(<NoCustomer reason={reason} t={t} />);
    expect(host.querySelector('[data-testid="no-customer"] p')?.textContent).toBe(text);
  });
});

describe('SiteActions', () => {
  it('offers to enable an unknown site and to teach a CRM', () => {
    const onEnable = vi.fn();
    const onTeach = vi.fn();
    const host = mount(
      <SiteActions
        origin="https://shop.example"
        enabled={false}
        status=""
        t={t}
        onEnable={onEnable}
        onTeach={onTeach}
      />,
    );
    (host.querySelector('[data-testid="site-enable"]') as HTMLButtonElement).click();
    (host.querySelector('[data-testid="site-teach"]') as HTMLButtonElement).click();
    expect(onEnable).toHaveBeenCalledTimes(1);
    expect(onTeach).toHaveBeenCalledTimes(1);
    expect(host.textContent).toContain('Site: https://shop.example');
  });

  it('does not offer enabling twice, and shows nothing off the web', () => {
    const enabled = mount(
      <SiteActions
        origin="https://shop.example"
        enabled
        status=""
        t={t}
        onEnable={() => {}}
        onTeach={() => {}}
      />,
    );
    expect(enabled.querySelector('[data-testid="site-enable"]')).toBeNull();
    const none = mount(
      <SiteActions
        origin={null}
        enabled={false}
        status=""
        t={t}
        onEnable={() => {}}
        onTeach={() => {}}
      />,
    );
    expect(none.textContent).toBe('');
  });
});
