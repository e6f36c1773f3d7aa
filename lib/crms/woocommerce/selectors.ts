/**
 * WooCommerce admin selector table. WooCommerce is open source, so these hooks were read in
 * its PHP and React source (../shared/research/crm-pages.md §3, H unless noted): element
 * ids, WordPress list-table column classes, form field names, `time[datetime]`. wc-admin's
 * generated `css-…` classes are never used. Dates are when the markup was checked.
 */
import type { SelectorTable } from '../../reading/select';

export const WOO_SELECTORS = {
  'page.heading': [
    { css: '.wrap h1.wp-heading-inline', source: '§3.8 WP admin screen heading, H 2025' },
    { css: '.wrap h1', source: 'WP admin fallback, M 2026-11-23' },
  ],
  // Orders list, both storages (§3.2).
  'list.row': [
    { css: '#the-list > tr[id^="order-"]', source: '§3.2 HPOS ListTable single_row(), H 2025' },
    { css: '#the-list > tr.type-shop_order', source: '§3.2 legacy get_post_class, H 2025' },
  ],
  'list.customerFilter': [
    {
      css: 'select[name="_customer_user"] option[selected]',
      source: '§3.2 customers_filter(): "{name} (#{id} – {email})", H 2025',
    },
  ],
  'row.title': [
    { css: 'td.column-order_number a.order-view strong', source: '§3.2 order_number col, H 2025' },
    { css: 'td.column-order_number strong', source: '§3.2 trashed orders: no link, H 2025' },
  ],
  // Row keys run once per row (1,000 on a long list): simple compound selectors, which
  // Chromium matches several times faster than descendant chains (measured 2026-11-23).
  'row.date': [
    { css: 'time[datetime]', source: '§3.2 order_date col <time datetime>, H 2025' },
    { css: 'time', source: '§3.2 title holds date_format, H 2025' },
  ],
  'row.status': [{ css: 'mark.order-status', source: '§3.2 order_status col, H 2025' }],
  'row.total': [{ css: 'td.column-order_total', source: '§3.2 order_total col, H 2025' }],
  // Order edit page, legacy and HPOS share the meta boxes (§3.4).
  'order.heading': [
    { css: 'h2.woocommerce-order-data__heading', source: '§3.4 order data heading, H 2025' },
  ],
  'order.status': [{ css: 'select#order_status option[selected]', source: '§3.4 H 2025' }],
  'order.date': [{ css: 'input[name="order_date"]', source: '§3.4 date created, H 2025' }],
  'order.dateHour': [{ css: 'input[name="order_date_hour"]', source: '§3.4 H 2025' }],
  'order.dateMinute': [{ css: 'input[name="order_date_minute"]', source: '§3.4 H 2025' }],
  'order.dateSecond': [
    {
      css: 'input[name="order_date_second"]',
      source: 'class-wc-meta-box-order-data.php hidden seconds (WooCommerce 9.9) 2026-12-03',
    },
  ],
  'order.customer': [
    { css: 'select#customer_user option[selected]', source: '§3.4 customer select, H 2025' },
  ],
  'order.profileLink': [
    {
      css: 'p.wc-customer-user a[href*="user-edit.php?user_id="]',
      source: '§3.4 "Profile →", H 2025',
    },
  ],
  'order.billingEmail': [
    { css: 'input#_billing_email', source: '§3.4 hidden billing fields, H 2025' },
    {
      css: '.order_data_column .address a[href^="mailto:"]',
      source: '§3.4 billing column, H 2025',
    },
  ],
  'order.billingFirst': [{ css: 'input#_billing_first_name', source: '§3.4 H 2025' }],
  'order.billingLast': [{ css: 'input#_billing_last_name', source: '§3.4 H 2025' }],
  // The totals tables; the refund form's own table.wc-order-totals is filtered out by the reader.
  'order.totalsRow': [
    {
      css: '.wc-order-totals-items table.wc-order-totals tr',
      source: 'html-order-items.php totals wrapper (WooCommerce 9.9) 2026-12-03',
    },
    {
      css: '#woocommerce-order-items table.wc-order-totals tr',
      source: 'the same tables without the wrapper class (a real 9.9 shop) 2026-12-03',
    },
    {
      css: 'table.wc-order-totals tr',
      source: 'the totals tables outside the order-items meta box 2026-12-03',
    },
  ],
  'history.orders': [
    { css: '.customer-history .order-attribution-total-orders', source: '§3.4 WC ≥ 8.5, H 2025' },
  ],
  'history.spend': [
    { css: '.customer-history .order-attribution-total-spend', source: '§3.4 WC ≥ 8.5, H 2025' },
  ],
  // User profile (§3.5).
  'user.id': [{ css: 'input#user_id[name="user_id"]', source: '§3.5 WP core, H 2025' }],
  'user.email': [{ css: 'input#email[name="email"]', source: '§3.5 WP core, H 2025' }],
  'user.firstName': [{ css: 'input#first_name', source: '§3.5 WP core, H 2025' }],
  'user.lastName': [{ css: 'input#last_name', source: '§3.5 WP core, H 2025' }],
  'user.billingEmail': [{ css: '#fieldset-billing input#billing_email', source: '§3.5 H 2025' }],
  'user.description': [
    { css: 'textarea#description', source: 'WP core user-edit "Biographical Info", H 2026-11-23' },
  ],
  // wc-admin Customers report (§3.6).
  'report.table': [
    {
      css: '.woocommerce-table__table table',
      source: '§3.6 @woocommerce/components Table, H 2025',
    },
  ],
  'report.header': [{ css: 'th.woocommerce-table__header', source: '§3.6 H 2025' }],
  // A sortable heading: <button>…<span aria-hidden="false">Label</span></button> beside a
  // .screen-reader-text "Sort by …"; a heading with a long name for screen readers (AOV)
  // hides its short label from them instead.
  'report.headerLabel': [
    {
      css: 'span[aria-hidden="false"]',
      source: 'packages/js/components/src/table/table.tsx textLabel (WooCommerce 9.9) 2026-12-03',
    },
    {
      css: 'span[aria-hidden="true"]',
      source: 'table.tsx textLabel with a screenReaderLabel (WooCommerce 9.9) 2026-12-03',
    },
  ],
  'report.rowHeader': [
    { css: 'th.woocommerce-table__item[scope="row"]', source: '§3.6 row header cell, H 2025' },
  ],
  'report.userLink': [
    { css: 'a[href*="user-edit.php?user_id="]', source: '§3.6 table.js, H 2025' },
  ],
  'report.email': [{ css: 'a[href^="mailto:"]', source: '§3.6 email column, H 2025' }],
  'report.placeholder': [{ css: '.is-placeholder', source: '§3.6 loading rows, H 2025' }],
  'report.pill': [
    { css: '.woocommerce-pill', source: 'table.js <Pill> for a guest without a name 2026-12-03' },
  ],
  // Money (§3.3): wc_price() markup on every screen.
  'money.amount': [{ css: '.woocommerce-Price-amount', source: '§3.3 wc_price(), H 2025' }],
  // Refunded totals show the original struck through and the net amount after it (§3.3, M);
  // html-order-items.php strips the original's tags, so <del> may hold plain text (H).
  'money.original': [{ css: 'del', source: '§3.3 refunded <del>, M 2025' }],
} satisfies SelectorTable;

export type WooKey = keyof typeof WOO_SELECTORS;
