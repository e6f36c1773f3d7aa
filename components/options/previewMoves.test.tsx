import { describe, expect, it } from 'vitest';
import { describeMoves } from './previewMoves';
import { catalogTranslate, type MessageCatalog } from '../../lib/i18n/translate';
import en from '../../public/_locales/en/messages.json';

const t = catalogTranslate(en as MessageCatalog);

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
      ),
    ).toEqual(['12 Repeat customer → Client', '3 Core → Dead']);
  });

  it('uses the chosen vocabulary and keeps unknown values as they are', () => {
    expect(
      describeMoves(
        [{ field: 'category', from: 'demanding', to: 'mystery', count: 2 }],
        'one-page',
        t,
      ),
    ).toEqual(['2 Vampire → mystery']);
  });
});
