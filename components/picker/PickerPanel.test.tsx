// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogTranslate, type MessageCatalog } from '../../lib/i18n/translate';
import { initialState, pickerReducer, type PickerState } from '../../lib/picker/draft';
import type { PickerPreview } from '../../lib/picker/preview';
import en from '../../public/_locales/en/messages.json';
import { PickerPanel, type PickerPanelProps } from './PickerPanel';

const t = catalogTranslate(en as MessageCatalog);
const SITE = { name: 'crm.example.test', urlPattern: 'https://crm.example.test/*', urlRegex: '' };
const EMPTY: PickerPreview = { rows: null, urlMatches: true, customers: [], diagnostics: [] };
const list = (): PickerState =>
  pickerReducer(initialState(SITE), { type: 'kind', kind: 'customer-list', urlRegex: 'c$' });

function mount(overrides: Partial<PickerPanelProps> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const props: PickerPanelProps = {
    state: initialState(SITE),
    preview: EMPTY,
    refused: null,
    saveStatus: { state: 'idle' },
    t,
    onKind: vi.fn(),
    onAction: vi.fn(),
    onSave: vi.fn(),
    onCancel: vi.fn(),
    ...overrides,
  };
  render(<PickerPanel {...props} />, host);
  const q = <T extends Element = HTMLElement>(id: string) =>
    host.querySelector(`[data-testid="${id}"]`) as T | null;
  return { host, q, props };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PickerPanel', () => {
  it('asks for the page kind first and reports the choice', () => {
    const { q, props } = mount();
    q('picker-kind-list')?.click();
    expect(props.onKind).toHaveBeenCalledWith('customer-list');
    expect(q('picker-field')).toBeNull();
    expect(q('picker-preview')).toBeNull();
  });

  it('a required field without a pick has no skip and a disabled next', () => {
    const { q } = mount({ state: list() });
    expect(q('picker-field')?.dataset.field).toBe('row');
    expect(q('picker-skip')).toBeNull();
    expect(q<HTMLButtonElement>('picker-next')?.disabled).toBe(true);
    expect(q('picker-panel')?.textContent).toContain('Step 1 of 9');
  });

  it('shows how a pick was found and sends edits as patches', () => {
    const state = pickerReducer(list(), {
      type: 'picked',
      field: { selector: 'tr[data-testid="row"]', strategy: 'attribute' },
    });
    const { q, props } = mount({ state });
    expect(q('picker-strategy')?.textContent).toBe('Found by: stable attribute');
    const input = q<HTMLInputElement>('picker-input-selector')!;
    expect(input.value).toBe('tr[data-testid="row"]');
    input.value = 'tbody > tr';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(props.onAction).toHaveBeenCalledWith({
      type: 'edit',
      patch: { selector: 'tbody > tr' },
    });
    q('picker-next')?.click();
    expect(props.onAction).toHaveBeenCalledWith({ type: 'next' });
  });

  it('offers attribute and regex inputs for the id only, and skip for optional fields', () => {
    let state = pickerReducer(list(), {
      type: 'picked',
      field: { selector: 'tr', strategy: 'structural' },
    });
    state = pickerReducer(state, { type: 'next' });
    const { q, props } = mount({ state });
    expect(q('picker-input-attribute')).not.toBeNull();
    expect(q('picker-input-pattern')).not.toBeNull();
    q('picker-skip')?.click();
    expect(props.onAction).toHaveBeenCalledWith({ type: 'skip' });
  });

  it('renders a refused click as an alert', () => {
    const { host } = mount({ state: list(), refused: 'picker_refused_outside_row' });
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'outside the customer rows',
    );
  });

  it('renders hostile scraped names as inert text', () => {
    const hostile = '<img src=x onerror="alert(1)">\u202Eevil\u200B';
    const preview: PickerPreview = {
      rows: 2,
      urlMatches: true,
      diagnostics: ['field.email'],
      customers: [
        { id: '1', name: hostile, email: null, orderCount: 3, totalSpent: 12.5, lastOrderAt: null },
      ],
    };
    const { host, q } = mount({ state: list(), preview });
    expect(host.querySelector('img')).toBeNull();
    expect(q('picker-preview-customer')?.textContent).toContain(hostile);
    expect(q('picker-preview-rows')?.textContent).toBe('Rows found: 2');
    expect(q('picker-preview-diagnostics')?.textContent).toBe('field.email');
  });

  it('cancel is reported', () => {
    const { q, props } = mount();
    q('picker-cancel')?.click();
    expect(props.onCancel).toHaveBeenCalledOnce();
  });
});
