// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogTranslate, type MessageCatalog } from '@/lib/i18n/translate';
import en from '@/public/_locales/en/messages.json';
import { customFixture } from '@/tests/fixtures/custom/load';
import { mountPicker } from './mount';
import { PickerApp } from './PickerApp';

const t = catalogTranslate(en as MessageCatalog);

function setup() {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(
    'https://crm.acme.example/customers',
  );
  document.body.innerHTML = customFixture('acme-customers.html').body.innerHTML;
  const mount = mountPicker(document, '');
  const onClose = vi.fn();
  // Plain h(): the unit config picks up entrypoints' *.test.ts files only.
  act(() => render(h(PickerApp, { mount, t, onClose }), mount.panelRoot));
  const q = (id: string) =>
    mount.panelRoot.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
  const press = (id: string) => act(() => q(id)?.click());
  const pick = (el: Element) =>
    act(() => {
      el.dispatchEvent(
        new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }),
      );
    });
  return { mount, q, press, pick, onClose };
}

afterEach(() => {
  document.querySelectorAll('rung-picker').forEach((el) => {
    render(null, el.shadowRoot?.lastElementChild as HTMLElement);
    el.remove();
  });
});

describe('PickerApp on the Acme list', () => {
  it('walks kind → row → fields by clicking the page, previewing each time', () => {
    const { q, press, pick } = setup();
    press('picker-kind-list');
    pick(document.querySelector('a[href="/customers/4711"]')!);
    expect((q('picker-input-selector') as HTMLInputElement).value).toBe(
      'tr[data-testid="customer-row"]',
    );
    expect(q('picker-preview-rows')?.textContent).toContain('3');
    press('picker-next');
    pick(document.querySelector('a[href="/customers/4712"]')!); // id from the link
    expect((q('picker-input-attribute') as HTMLInputElement).value).toBe('href');
    press('picker-next');
    pick(document.querySelector('a[href="/customers/4712"]')!); // name
    press('picker-next');
    const names = Array.from(document.querySelectorAll('rung-picker'))
      .flatMap((h) =>
        Array.from(h.shadowRoot?.querySelectorAll('[data-testid="picker-preview-customer"]') ?? []),
      )
      .map((li) => li.textContent ?? '');
    expect(names).toHaveLength(2); // the third row has no id link, so it is left out
    expect(names[0]).toContain('Max Mustermann');
    expect(names[0]).toContain('#4711');
  });

  it('refuses a click outside the rows and cancels on Escape', () => {
    const { q, press, pick, onClose } = setup();
    press('picker-kind-list');
    pick(document.querySelector('td')!);
    press('picker-next');
    pick(document.querySelector('h1')!);
    expect(q('picker-field')?.querySelector('[role="alert"]')?.textContent).toContain(
      t('picker_refused_outside_row'),
    );
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
