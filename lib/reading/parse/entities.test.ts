import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences } from './entities';

describe('character references left in text', () => {
  it('decodes the ones WooCommerce escapes twice', () => {
    expect(decodeCharacterReferences('Hedwig Brandt (#2 &ndash; hedwig@example.de)')).toBe(
      'Hedwig Brandt (#2 \u2013 hedwig@example.de)',
    );
    expect(decodeCharacterReferences('Profil &rarr; &#8211; &#x2014;')).toBe(
      'Profil \u2192 \u2013 \u2014',
    );
  });

  it('decodes one level only and produces text, not markup', () => {
    expect(decodeCharacterReferences('&amp;ndash;')).toBe('&ndash;');
    expect(decodeCharacterReferences('&lt;img src=x onerror=alert(1)&gt;')).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('keeps unknown names and impossible numbers as written', () => {
    expect(decodeCharacterReferences('&bogus; &#0; &#xD800; &#99999999;')).toBe(
      '&bogus; &#0; &#xD800; &#99999999;',
    );
    expect(decodeCharacterReferences('no references')).toBe('no references');
  });
});
