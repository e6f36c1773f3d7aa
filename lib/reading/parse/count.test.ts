import { describe, expect, it } from 'vitest';
import { parseCount } from './count';

describe('parseCount', () => {
  it.each([
    ['7 orders', 7],
    ['1 order', 1],
    ['0 orders', 0],
    ['7 zamówień', 7],
    ['2 zamówienia', 2],
    ['7 заказов', 7],
    ['1 234 заказа', 1234],
    ['7 Bestellungen', 7],
    ['1.234 Bestellungen', 1234],
    ['1,234 orders', 1234],
    ['۷ سفارش', 7],
    ['٧ طلبات', 7],
    ['۱٬۲۳۴ سفارش', 1234],
    ['Orders: 7', 7],
    ['Orders: 7.', 7],
    ['(7)', 7],
    ['7', 7],
    ['  7\u00A0orders ', 7],
    ['7\u200B orders', 7],
  ])('%j → %d', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  it.each([
    '',
    'orders',
    'No orders',
    '7.5 orders',
    '-7 orders',
    '7 of 9',
    '7/9',
    '$7',
    '7 orders, 3 returns',
    '1e3 orders',
    '<script>7</script>',
    `7 ${'orders '.repeat(100)}`,
  ])('%j → null', (text) => {
    expect(parseCount(text)).toBeNull();
  });
});
