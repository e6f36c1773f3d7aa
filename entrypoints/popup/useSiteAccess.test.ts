import { describe, expect, it } from 'vitest';
import { originOf } from './useSiteAccess';

describe('originOf', () => {
  it('keeps the origin of web pages only', () => {
    expect(originOf('https://shop.example.com/wp-admin/edit.php?post_type=shop_order')).toBe(
      'https://shop.example.com',
    );
    expect(originOf('http://localhost:8080/x')).toBe('http://localhost:8080');
    expect(originOf('chrome://extensions/')).toBeNull();
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });
});
