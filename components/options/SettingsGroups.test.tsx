// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsGroups } from './SettingsGroups';
import { settingFields } from '../../lib/segmentation/setting-fields';
import { defaultSettings } from '../../lib/segmentation/settings';
import { draftFromSettings } from './settingDraft';
import { catalogTranslate, type MessageCatalog } from '../../lib/i18n/translate';
import en from '../../public/_locales/en/messages.json';
import { createFormat } from '../../lib/format/format';

const fmt = createFormat('en-US');

const t = catalogTranslate(en as MessageCatalog);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SettingsGroups', () => {
  it('renders one named input per setting, grouped, with labels and units', () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(
      <SettingsGroups
        fields={settingFields}
        draft={draftFromSettings(settingFields, defaultSettings, createFormat('en'))}
        problems={{}}
        t={t}
        fmt={fmt}
        onInput={() => {}}
      />,
      host,
    );
    for (const field of settingFields) {
      const input = host.querySelector<HTMLInputElement>(`input[name="${field.path}"]`);
      expect(input, field.path).not.toBeNull();
      expect(host.querySelector(`label[for="${input?.id}"]`)?.textContent).not.toBe('');
    }
    expect(host.querySelector<HTMLInputElement>('input[name="stage.clientMinOrders"]')?.value).toBe(
      '4',
    );
    expect(host.querySelector<HTMLInputElement>('input[name="costs.grossMargin"]')?.value).toBe(
      '40',
    );
    expect(host.querySelectorAll('fieldset').length).toBe(
      new Set(settingFields.map((f) => f.group)).size,
    );
    expect(host.querySelectorAll('[data-testid^="error-"]')).toHaveLength(0);
    // Shares are shown as percentages, bounds included, without float noise.
    const share = host.querySelector('input[name="demanding.supportCostShare"]')?.parentElement;
    expect(share?.textContent).toContain('% · from 1 to 1,000');
  });

  it('shows an inline error naming the problem and reports typing by path', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const onInput = vi.fn();
    render(
      <SettingsGroups
        fields={settingFields}
        draft={{ 'stage.repeatMinOrders': '0' }}
        problems={{
          'stage.repeatMinOrders': { key: 'settings_error_range', substitutions: ['2', '1000'] },
          'stage.clientMinOrders':
            'stage.clientMinOrders (1) must be at least stage.repeatMinOrders (2)',
        }}
        t={t}
        fmt={fmt}
        onInput={onInput}
      />,
      host,
    );
    const error = host.querySelector('[data-testid="error-stage.repeatMinOrders"]');
    expect(error?.textContent).toBe('Must be from 2 to 1,000.');
    const input = host.querySelector<HTMLInputElement>('input[name="stage.repeatMinOrders"]');
    expect(input?.getAttribute('aria-invalid')).toBe('true');
    expect(input?.getAttribute('aria-describedby')).toBe('error-stage.repeatMinOrders');
    expect(
      host.querySelector('[data-testid="error-stage.clientMinOrders"]')?.textContent,
    ).toContain('must be at least');
    if (input) {
      input.value = '3';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    expect(onInput).toHaveBeenCalledWith('stage.repeatMinOrders', '3');
  });

  it('writes a range’s numbers in the locale’s digits and user text as typed', () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(
      <SettingsGroups
        fields={settingFields}
        draft={{}}
        problems={{
          'stage.repeatMinOrders': { key: 'settings_error_range', substitutions: ['2', '1000'] },
          'stage.clientMinOrders': {
            key: 'settings_error_not_number',
            substitutions: ['12<script>'],
          },
        }}
        t={t}
        fmt={createFormat('fa')}
        onInput={vi.fn()}
      />,
      host,
    );
    const range = host.querySelector('[data-testid="error-stage.repeatMinOrders"]');
    expect(range?.textContent).toBe('Must be from ۲ to ۱٬۰۰۰.');
    const typed = host.querySelector('[data-testid="error-stage.clientMinOrders"]');
    expect(typed?.textContent).toContain('12<script>');
    expect(host.querySelector('script')).toBeNull();
  });
});
