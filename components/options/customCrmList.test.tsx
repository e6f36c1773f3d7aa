import { describe, expect, it } from 'vitest';
import { mergeDefinitions } from './customCrmList';
import type { CustomDefinition } from '../../lib/crms/custom/definition';

const definition = (id: string, name = 'Acme CRM'): CustomDefinition => ({
  version: 1,
  id,
  name,
  urlPattern: 'https://crm.acme.example/*',
  pages: [
    { kind: 'customer', urlRegex: '/customers/(\\d+)$', fields: { name: { selector: 'h1' } } },
  ],
});

describe('mergeDefinitions', () => {
  it('adds new definitions and replaces one with the same id', () => {
    const json = JSON.stringify({
      rungCustomCrms: 1,
      definitions: [definition('acme', 'Acme 2'), definition('zeta')],
    });
    const result = mergeDefinitions([definition('acme')], json);
    expect(result).toMatchObject({ ok: true, added: 1, replaced: 1 });
    if (result.ok) expect(result.definitions.map((d) => d.name)).toEqual(['Acme 2', 'Acme CRM']);
  });

  it('refuses malformed JSON, bad regexes and prototype keys with a message', () => {
    expect(mergeDefinitions([], '{nope')).toEqual({
      ok: false,
      error: 'The file is not valid JSON.',
    });
    const badRegex = {
      ...definition('x'),
      pages: [{ kind: 'customer', urlRegex: '(', fields: { name: 'h1' } }],
    };
    const bad = mergeDefinitions([], JSON.stringify([badRegex]));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('urlRegex');
    expect(mergeDefinitions([], '[{"__proto__": {"x": 1}}]')).toMatchObject({ ok: false });
  });

  it('refuses going past 50 definitions', () => {
    const many = Array.from({ length: 50 }, (_, i) => definition(`crm-${i}`));
    expect(mergeDefinitions(many, JSON.stringify([definition('one-more')]))).toEqual({
      ok: false,
      error: 'At most 50 custom CRMs.',
    });
  });
});
