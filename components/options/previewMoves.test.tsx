import { describe, expect, it } from 'vitest';
import { describeMoves } from './previewMoves';
import { catalogTranslate, type MessageCatalog } from '../../lib/i18n/translate';
import en from '../../public/_locales/en/messages.json';
import fa from '../../public/_locales/fa/messages.json';
import { createFormat } from '../../lib/format/format';

const t = catalogTranslate(en as MessageCatalog);
const fmt = createFormat('en');

describe('describeMoves', () => {
  it('reads like "12 repeat → client, 3 core → dead", largest first', () => {
    expect(
      describeMoves(
        [
          { field: 'category', from: 'core', to: 'dead', count: 3 },
          { field: 'stage', from: 'repeat', to: 'client', count: 12 },
          { field: 'stage', from: 'client', to: 'client', count: 40 },
          { field: 'category', from: 'core', to: 'devoted', count: 0 },
        ],
        'classic',
        t,
        fmt,
      ),
    ).toEqual(['12 Repeat customer → Client', '3 Core → Dead']);
  });

  it('uses the chosen vocabulary and keeps unknown values as they are', () => {
    expect(
      describeMoves(
        [{ field: 'category', from: 'demanding', to: 'mystery', count: 2 }],
        'one-page',
        t,
        fmt,
      ),
    ).toEqual(['2 Vampire → mystery']);
  });

  it('writes the count in the locale’s digits (Persian ۱۲, not 12)', () => {
    const faT = catalogTranslate(fa as MessageCatalog, en as MessageCatalog);
    const [line] = describeMoves(
      [{ field: 'stage', from: 'repeat', to: 'client', count: 1200 }],
      'classic',
      faT,
      createFormat('fa'),
    );
    expect(line).toContain('۱٬۲۰۰');
    expect(line).not.toMatch(/[0-9]/);
  });
});
