import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  browserTranslate,
  catalogTranslate,
  formatMessage,
  type MessageCatalog,
} from './translate';

const catalog: MessageCatalog = {
  plain: { message: 'Hello' },
  named: {
    message: '$WHO$ bought $COUNT$ times for $$5',
    placeholders: { who: { content: '$1' }, count: { content: '$2' } },
  },
  positional: { message: 'Only $1' },
};

describe('formatMessage', () => {
  it('fills named placeholders from positional substitutions and keeps $$ as a dollar', () => {
    expect(formatMessage(catalog.named!, ['Ada', '3'])).toBe('Ada bought 3 times for $5');
  });
  it('fills bare positional markers and blanks missing ones', () => {
    expect(formatMessage(catalog.positional!, ['x'])).toBe('Only x');
    expect(formatMessage(catalog.positional!, [])).toBe('Only ');
  });
  it('inserts hostile substitutions verbatim (they are rendered as text later)', () => {
    expect(formatMessage(catalog.positional!, ['<b>$1</b>'])).toBe('Only <b>$1</b>');
  });
});

describe('catalogTranslate', () => {
  it('uses the catalogue, then the fallback, then the key', () => {
    const t = catalogTranslate({ plain: { message: 'Cześć' } }, catalog);
    expect(t('plain')).toBe('Cześć');
    expect(t('named', ['Ola', '2'])).toBe('Ola bought 2 times for $5');
    expect(t('missing_key')).toBe('missing_key');
  });
});

describe('browserTranslate', () => {
  it('falls back to the English catalogue when the browser has no message', () => {
    fakeBrowser.reset();
    const t = browserTranslate(catalog);
    expect(t('plain')).toBe('Hello');
    expect(t('nowhere')).toBe('nowhere');
  });
});
