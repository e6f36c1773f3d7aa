import { describe, expect, it } from 'vitest';
import { keyFromQuery, queryFromKey } from './keyFromQuery';

describe('keyFromQuery', () => {
  it('reads crm, account and id', () => {
    expect(keyFromQuery('?crm=hubspot&account=123&id=42')).toEqual({
      crm: 'hubspot',
      account: '123',
      id: '42',
    });
  });
  it('accepts an e-mail instead of an id, lower-cased', () => {
    expect(keyFromQuery('?crm=shopify&account=shop&email=Ada%40Example.com')).toEqual({
      crm: 'shopify',
      account: 'shop',
      email: 'ada@example.com',
    });
  });
  it('refuses a key without crm, account, or both id and e-mail', () => {
    expect(keyFromQuery('')).toBeNull();
    expect(keyFromQuery('?crm=hubspot&id=42')).toBeNull();
    expect(keyFromQuery('?crm=hubspot&account=1')).toBeNull();
    expect(keyFromQuery('?crm=&account=1&id=2')).toBeNull();
  });
  it('refuses values longer than the profile schema allows', () => {
    expect(keyFromQuery(`?crm=hubspot&account=1&id=${'9'.repeat(101)}`)).toBeNull();
    expect(keyFromQuery(`?crm=hubspot&account=1&id=${'9'.repeat(100)}`)).not.toBeNull();
  });
  it('round-trips through queryFromKey, hostile characters included', () => {
    const key = { crm: 'custom:x', account: 'a&b=c', id: '<script>' };
    expect(keyFromQuery(queryFromKey(key))).toEqual(key);
  });
});
