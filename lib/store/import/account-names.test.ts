import { describe, expect, it } from 'vitest';
import { normaliseAccount, normaliseCrm } from './account-names';

describe('normaliseCrm and normaliseAccount', () => {
  it('writes CRM names as the page readers do', () => {
    expect(normaliseCrm(' WooCommerce ')).toBe('woocommerce');
    expect(normaliseCrm('Shopify')).toBe('shopify');
    expect(normaliseCrm('custom:https://Shop.Example.DE/wp-admin')).toBe('custom:shop.example.de');
  });

  it.each([
    ['shopify', 'acme-tea.myshopify.com', 'acme-tea'],
    ['shopify', 'https://acme-tea.myshopify.com/admin/orders', 'acme-tea'],
    ['shopify', 'https://admin.shopify.com/store/acme-tea/customers/1', 'acme-tea'],
    ['shopify', 'Acme-Tea', 'acme-tea'],
    ['woocommerce', 'https://Shop.Example/wp-admin/edit.php', 'shop.example'],
    ['woocommerce', 'shop.example:8080', 'shop.example:8080'],
    ['hubspot', 'https://app.hubspot.com/contacts/4455667/objects/0-1', '4455667'],
    ['hubspot', '4455667', '4455667'],
    ['custom:crm.example', 'crm.example', 'crm.example'],
  ])('%s account %s is %s', (crm, raw, account) => {
    expect(normaliseAccount(crm, raw)).toBe(account);
  });
});
