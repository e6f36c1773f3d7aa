import { describe, expect, it } from 'vitest';
import { matchPatternMatcher, patternMismatch } from '../crms/custom/match-pattern';
import { proposeId, proposeUrlPattern, proposeUrlRegex, regexMatches } from './url-regex';

describe('proposeUrlRegex', () => {
  it('captures the first digit run on a customer page and matches other customers', () => {
    const regex = proposeUrlRegex(new URL('https://crm.example.test/customers/4711'), 'customer');
    expect(regex).toBe('\\/customers\\/(\\d+)/?(?:[?#].*)?$');
    expect(new RegExp(regex).exec('https://crm.example.test/customers/12')?.[1]).toBe('12');
    expect(regexMatches(regex, 'https://crm.example.test/customers/12/orders')).toBe(false);
  });

  it('uses no capture on a list page and accepts pagination queries', () => {
    const regex = proposeUrlRegex(
      new URL('https://crm.example.test/v2/customers/?page=3'),
      'customer-list',
    );
    expect(regex).toBe('\\/v\\d+\\/customers/?(?:[?#].*)?$');
    expect(regexMatches(regex, 'https://crm.example.test/v2/customers?page=4')).toBe(true);
    expect(regexMatches(regex, 'https://crm.example.test/v2/customers/4711')).toBe(false);
  });

  it('escapes regex characters in the path', () => {
    const regex = proposeUrlRegex(new URL('https://x.test/a.b+(c)/7'), 'customer');
    expect(regexMatches(regex, 'https://x.test/a.b+(c)/8')).toBe(true);
    expect(regexMatches(regex, 'https://x.test/aXb+(c)/8')).toBe(false);
  });

  it('only the first digit run is captured', () => {
    const regex = proposeUrlRegex(new URL('https://x.test/accounts/5/customers/99'), 'customer');
    expect(new RegExp(regex).exec('https://x.test/accounts/5/customers/99')?.[1]).toBe('5');
  });
});

describe('proposeUrlPattern / regexMatches / proposeId', () => {
  it('keeps the port and http, and the proposal matches the page it came from', () => {
    const page = new URL('http://127.0.0.1:3077/app/customers');
    expect(proposeUrlPattern(page)).toBe('http://127.0.0.1:3077/*');
    expect(matchPatternMatcher(proposeUrlPattern(page))?.test(page.href)).toBe(true);
    expect(patternMismatch(proposeUrlPattern(page), page)).toBeNull();
    expect(proposeUrlPattern(new URL('https://crm.example.test/a'))).toBe(
      'https://crm.example.test/*',
    );
  });

  it('a regex that does not compile matches nothing', () => {
    expect(regexMatches('(', 'https://x.test/(')).toBe(false);
  });

  it('derives a unique id from the host', () => {
    expect(proposeId('www.CRM.example.test', [])).toBe('crm-example-test');
    expect(proposeId('crm.example.test', ['crm-example-test'])).toBe('crm-example-test-2');
    expect(proposeId('crm.example.test', ['crm-example-test', 'crm-example-test-2'])).toBe(
      'crm-example-test-3',
    );
    expect(proposeId('---', [])).toBe('crm');
    expect(proposeId('a'.repeat(80) + '.test', []).length).toBeLessThanOrEqual(40);
  });
});
