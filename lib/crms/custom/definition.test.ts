import { describe, expect, it } from 'vitest';
import { acmeDefinitionJson } from '../../../tests/fixtures/custom/load';
import { customDefinitionSchema, type CustomDefinitionInput } from './definition';
import {
  globMatches,
  matchPatternMatcher,
  matchPatternRegExp,
  patternMismatch,
} from './match-pattern';
import { exportDefinitions, importDefinitions } from './definition-io';

const minimal = (): CustomDefinitionInput => ({
  id: 'mini',
  name: 'Mini CRM',
  urlPattern: 'https://crm.example.com/*',
  pages: [{ kind: 'customer', urlRegex: '/c/(\\d+)$', fields: { name: 'h1' } }],
});

describe('customDefinitionSchema', () => {
  it('accepts a minimal definition, expanding selector shorthand and the version', () => {
    const parsed = customDefinitionSchema.parse(minimal());
    expect(parsed.version).toBe(1);
    expect(parsed.pages[0]?.fields.name).toEqual({ selector: 'h1' });
  });

  it.each([
    ['an unknown key', { ...minimal(), extra: 1 }],
    ['an id with capitals', { ...minimal(), id: 'Mini' }],
    ['an empty name', { ...minimal(), name: ' ' }],
    ['a non-pattern URL', { ...minimal(), urlPattern: 'crm.example.com' }],
    ['an ftp pattern', { ...minimal(), urlPattern: 'ftp://crm.example.com/*' }],
    [
      'a broken urlRegex',
      { ...minimal(), pages: [{ kind: 'customer', urlRegex: '(', fields: { name: 'h1' } }] },
    ],
    ['no pages', { ...minimal(), pages: [] }],
    [
      'a list page without a row',
      { ...minimal(), pages: [{ kind: 'customer-list', urlRegex: 'x', fields: { name: 'td' } }] },
    ],
    [
      'a field with neither selector nor label',
      {
        ...minimal(),
        pages: [{ kind: 'customer', urlRegex: 'x', fields: { name: { attribute: 'title' } } }],
      },
    ],
    [
      'a bad attribute name',
      {
        ...minimal(),
        pages: [
          {
            kind: 'customer',
            urlRegex: 'x',
            fields: { name: { selector: 'a', attribute: 'on click' } },
          },
        ],
      },
    ],
    [
      'a control character in a selector',
      { ...minimal(), pages: [{ kind: 'customer', urlRegex: 'x', fields: { name: 'h1\u0000' } }] },
    ],
    [
      'a 501-character selector',
      {
        ...minimal(),
        pages: [{ kind: 'customer', urlRegex: 'x', fields: { name: 'a'.repeat(501) } }],
      },
    ],
    ['a lower-case currency', { ...minimal(), currency: 'eur' }],
    [
      'an unknown page kind',
      { ...minimal(), pages: [{ kind: 'deal', urlRegex: 'x', fields: { name: 'h1' } }] },
    ],
  ])('refuses %s', (_, input) => {
    expect(customDefinitionSchema.safeParse(input).success).toBe(false);
  });
});

describe('matchPatternRegExp', () => {
  it.each([
    ['https://crm.example.com/*', 'https://crm.example.com/customers/1', true],
    ['https://crm.example.com/*', 'http://crm.example.com/customers/1', false],
    ['https://crm.example.com/*', 'https://evil.example/crm.example.com/', false],
    ['https://crm.example.com/*', 'https://crm.example.com.evil.example/', false],
    ['*://crm.example.com/app/*', 'http://crm.example.com/app/x', true],
    ['*://crm.example.com/app/*', 'https://crm.example.com/other', false],
    ['https://*.example.org/*', 'https://eu.example.org/a', true],
    ['https://*.example.org/*', 'https://example.org/a', true],
    ['https://*.example.org/*', 'https://example.org.evil.example/a', false],
    ['https://crm.example.com:8443/*', 'https://crm.example.com:8443/x', true],
  ])('%s vs %s → %s', (pattern, url, expected) => {
    expect(matchPatternRegExp(pattern)?.test(url)).toBe(expected);
    expect(matchPatternMatcher(pattern)?.test(url)).toBe(expected);
  });
});

describe('match patterns and ports', () => {
  it('a pattern without a port matches every port of its host, one with a port only it', () => {
    for (const matcher of [matchPatternRegExp, matchPatternMatcher]) {
      expect(matcher('http://127.0.0.1/*')?.test('http://127.0.0.1:3077/wp-admin/')).toBe(true);
      expect(matcher('http://127.0.0.1:3077/*')?.test('http://127.0.0.1:3077/wp-admin/')).toBe(
        true,
      );
      expect(matcher('http://127.0.0.1:3077/*')?.test('http://127.0.0.1:3078/wp-admin/')).toBe(
        false,
      );
      expect(matcher('http://127.0.0.1:3077/*')?.test('http://127.0.0.10:3077/')).toBe(false);
    }
  });

  it('names the part of a pattern that keeps it from matching the page', () => {
    const page = new URL('http://127.0.0.1:3077/wp-admin/users.php');
    expect(patternMismatch('http://127.0.0.1:3077/wp-admin/*', page)).toBeNull();
    expect(patternMismatch('https://127.0.0.1:3077/*', page)).toBe('scheme');
    expect(patternMismatch('http://127.0.0.2:3077/*', page)).toBe('host');
    expect(patternMismatch('http://127.0.0.1:8080/*', page)).toBe('port');
    expect(patternMismatch('http://127.0.0.1:3077/shop/*', page)).toBe('path');
    expect(patternMismatch('127.0.0.1', page)).toBe('pattern');
    expect(patternMismatch('*://*.example.com/*', new URL('https://crm.example.com/a'))).toBeNull();
  });
});

describe('matchPatternMatcher (user patterns with many stars)', () => {
  it.each([
    ['/a*b*c', '/axxbyyc', true],
    ['/a*b*c', '/axxbyy', false],
    ['/*/customers/*', '/x/customers/1', true],
    ['/*a', '/a', true],
    ['/a*a', '/a', false],
    ['/**', '/', true],
  ])('glob %s vs %s → %s', (glob, text, expected) => {
    expect(globMatches(glob, text)).toBe(expected);
  });

  it('answers an 815-character pattern of stars at once (a RegExp backtracked for 20 s)', () => {
    const pattern = `https://crm.example.com/${'*a'.repeat(395)}*b`;
    expect(pattern.length).toBeGreaterThan(800);
    const url = `https://crm.example.com/${'a'.repeat(3_000)}`;
    const matcher = matchPatternMatcher(pattern)!;
    const started = performance.now();
    expect(matcher.test(url)).toBe(false);
    expect(matcher.test(`${url}b`)).toBe(true);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('import and export', () => {
  it('round-trips the Acme definition exactly', () => {
    const first = importDefinitions(acmeDefinitionJson());
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.definitions.map((d) => d.id)).toEqual(['acme']);
    const again = importDefinitions(exportDefinitions(first.definitions));
    expect(again).toEqual(first);
  });

  it('accepts a bare array as well as the export envelope', () => {
    const result = importDefinitions(JSON.stringify([minimal()]));
    expect(result.ok && result.definitions[0]?.name).toBe('Mini CRM');
  });

  it.each([
    ['not JSON', '{', 'The file is not valid JSON.'],
    [
      '__proto__ at the top',
      '{"__proto__": {"polluted": true}, "definitions": []}',
      'Refused key at $.__proto__.',
    ],
    [
      '__proto__ inside a field',
      JSON.stringify([minimal()]).replace(
        '"name":"h1"',
        '"name":{"selector":"h1","__proto__":{"x":1}}',
      ),
      'Refused key at $.0.pages.0.fields.name.__proto__.',
    ],
    ['constructor', '[{"constructor": {}}]', 'Refused key at $.0.constructor.'],
    [
      'duplicate ids',
      JSON.stringify([minimal(), minimal()]),
      'Invalid definition: ids must be unique.',
    ],
    ['a huge file', `[${' '.repeat(1_000_001)}]`, 'The file is too large.'],
  ])('refuses %s with a readable message', (_, json, message) => {
    expect(importDefinitions(json)).toEqual({ ok: false, error: message });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names where an invalid definition fails', () => {
    const bad = JSON.stringify([{ ...minimal(), urlPattern: 'nope' }]);
    const result = importDefinitions(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^Invalid definition at 0\.urlPattern: /);
  });
});
