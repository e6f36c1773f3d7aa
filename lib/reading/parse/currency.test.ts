import { describe, expect, it } from 'vitest';
import { minorDigits } from './currency';

/** What Intl says, the source the table was written from. */
function intlDigits(currency: string): number | undefined {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits;
  } catch {
    return undefined;
  }
}

describe('minor digits', () => {
  it('agree with Intl for every currency Intl knows', () => {
    const disagreeing = Intl.supportedValuesOf('currency').filter(
      (code) => minorDigits(code) !== intlDigits(code),
    );
    expect(disagreeing).toEqual([]);
  });

  it.each(['usd', 'IRT', 'ABC', 'jpy', 'kwd', 'ab', 'ABCD', '', '€', '1AB'])(
    'agree with Intl for %j (lower case, unknown and malformed codes)',
    (code) => {
      expect(minorDigits(code)).toBe(intlDigits(code));
    },
  );
});
