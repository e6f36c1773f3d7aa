import { describe, expect, it } from 'vitest';
import { woocommerceReader } from './reader';
import { wooScreen } from './page';

const at = (path: string) => new URL(`https://shop.example${path}`);

describe('wooScreen: which admin screen a URL is', () => {
  it.each([
    ['/wp-admin/admin.php?page=wc-orders', { kind: 'order-list', storage: 'hpos' }],
    [
      '/wp-admin/admin.php?page=wc-orders&status=wc-processing&paged=2',
      { kind: 'order-list', storage: 'hpos' },
    ],
    [
      '/wp-admin/admin.php?_customer_user=5&page=wc-orders',
      { kind: 'order-list', storage: 'hpos', customerId: '5' },
    ],
    ['/wp-admin/edit.php?post_type=shop_order', { kind: 'order-list', storage: 'legacy' }],
    [
      '/wp-admin/edit.php?post_status=all&post_type=shop_order&_customer_user=7',
      { kind: 'order-list', storage: 'legacy', customerId: '7' },
    ],
    [
      '/wp-admin/admin.php?page=wc-orders&action=edit&id=1024',
      { kind: 'order', storage: 'hpos', orderId: '1024' },
    ],
    [
      '/wp-admin/post.php?post=1024&action=edit',
      { kind: 'order', storage: 'legacy', orderId: '1024' },
    ],
    ['/wp-admin/user-edit.php?user_id=5', { kind: 'customer', userId: '5' }],
    [
      '/wp-admin/user-edit.php?user_id=5&wp_http_referer=%2Fwp-admin%2Fusers.php',
      { kind: 'customer', userId: '5' },
    ],
    ['/wp-admin/admin.php?page=wc-admin&path=%2Fcustomers', { kind: 'customer-list' }],
    ['/wp-admin/admin.php?page=wc-admin&path=/customers', { kind: 'customer-list' }],
    ['/shop/wp-admin/admin.php?page=wc-orders', { kind: 'order-list', storage: 'hpos' }], // sub-directory install
  ])('%s', (path, expected) => {
    expect(wooScreen(at(path))).toEqual(expected);
  });

  it.each([
    '/wp-admin/edit.php', // blog posts
    '/wp-admin/edit.php?post_type=product',
    '/wp-admin/admin.php?page=wc-orders&action=new',
    '/wp-admin/admin.php?page=wc-orders&action=edit', // no id
    '/wp-admin/admin.php?page=wc-orders&action=edit&id=0',
    '/wp-admin/admin.php?page=wc-orders&action=edit&id=12abc',
    '/wp-admin/admin.php?page=wc-admin&path=%2Fanalytics%2Frevenue',
    '/wp-admin/admin.php?page=wc-admin',
    '/wp-admin/post.php?post=1024', // no action=edit
    '/wp-admin/post-new.php?post_type=shop_order',
    '/wp-admin/user-edit.php',
    '/wp-admin/user-edit.php?user_id=-1',
    '/wp-admin/profile.php', // the staff member's own account
    '/my-account/orders/',
  ])('%s is not a screen Rung reads (or has no customer filter)', (path) => {
    const screen = wooScreen(at(path));
    if (path.endsWith('_customer_user=0'))
      expect(screen).toEqual({ kind: 'order-list', storage: 'hpos' });
    else expect(screen).toBeNull();
  });

  it('refuses non-web schemes', () => {
    expect(wooScreen(new URL('file:///wp-admin/admin.php?page=wc-orders'))).toBeNull();
    expect(wooScreen(new URL('http://localhost:8080/wp-admin/admin.php?page=wc-orders'))).toEqual({
      kind: 'order-list',
      storage: 'hpos',
    });
  });
});

describe('woocommerceReader', () => {
  it('reads by path shape on any host', () => {
    expect(
      woocommerceReader.readsPage(
        new URL('https://any-shop.example.org/wp-admin/user-edit.php?user_id=3'),
      ),
    ).toBe(true);
    expect(
      woocommerceReader.readsPage(new URL('https://app.hubspot.com/contacts/1/record/0-1/2')),
    ).toBe(false);
  });
});
