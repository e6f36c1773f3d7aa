/**
 * Shopify admin selector table. Research §2.3: the admin's classes carry build hashes
 * (`Polaris-Page-Header__Row_375v7`, `_1j4h2`) and no customer field has a test id, so
 * hooks here are ids, hrefs, `time[datetime]` and plain elements; fields themselves are
 * found by their visible label (shopify.labels.ts, shopify.fields.ts).
 */
import type { SelectorTable } from '../../reading/select';

export const SHOPIFY_SELECTORS = {
  'page.main': [
    { css: '#AppFrameMain', source: '§2.3 2021 admin copies, M' },
    { css: 'main', source: 'HTML landmark, 2026-11-23' },
  ],
  'page.title': [{ css: 'h1', source: '§2.5 skeleton (Polaris Page header), M 2025' }],
  'customer.email': [{ css: 'a[href^="mailto:"]', source: '§2.5 Customer card, L 2025' }],
  'order.link': [
    {
      css: 'a[data-primary-link][href*="/orders/"]',
      source: '§2.3 IndexTable primary link, H, research 2026-11-22',
    },
    { css: 'a[href*="/orders/"]', source: '§2.1 URL shape, H, research 2026-11-22' },
  ],
  'customer.link': [
    {
      css: 'a[data-primary-link][href*="/customers/"]',
      source: '§2.3 IndexTable primary link, H, research 2026-11-22',
    },
    { css: 'a[href*="/customers/"]', source: '§2.1 URL shape, H; lead decision 2026-11-23' },
  ],
  'tag.item': [
    { css: 'span[title]', source: '§2.5 Polaris Tag, L 2025' },
    { css: 'li', source: 'plain list fallback, L 2026-11-23' },
  ],
  'note.text': [{ css: 'p', source: '§2.5 Notes card, L 2025' }],
  'list.table': [{ css: 'table', source: '§2.6 IndexTable, M 2025' }],
  'list.header': [{ css: 'thead th', source: '§2.6 IndexTable headings, M 2025' }],
  'list.row': [
    {
      css: 'tbody tr[id]',
      source: '§2.3 IndexTable row id = resource id, H (Polaris source), research 2026-11-22',
    },
    { css: 'tbody tr', source: '§2.6 fallback, M, research 2026-11-22' },
  ],
  'date.machine': [{ css: 'time[datetime]', source: '§5 recommendation, 2025' }],
} satisfies SelectorTable;

export type ShopifyKey = keyof typeof SHOPIFY_SELECTORS;
