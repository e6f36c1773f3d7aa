// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CUSTOM_DEFINITION_VERSION, customDefinitionSchema } from '../crms/custom/definition';
import { ACME_LIST_URL, ACME_NOW, customFixture } from '../../tests/fixtures/custom/load';
import { buildDefinition, buildPage } from './definition';
import { initialState, pickerReducer, type PickerAction, type PickerState } from './draft';
import { mergeDefinition } from './merge';
import { previewDraft } from './preview';
import { CUSTOM_DEFINITION_VERSION_LITERAL } from './version';

const SITE = { name: 'Acme', urlPattern: 'https://crm.acme.example/*', urlRegex: '' };
const run = (actions: PickerAction[]): PickerState =>
  actions.reduce(pickerReducer, initialState(SITE));

const taughtList = () =>
  run([
    { type: 'kind', kind: 'customer-list', urlRegex: '\\/customers/?(?:[?#].*)?$' },
    {
      type: 'picked',
      field: { selector: 'tr[data-testid="customer-row"]', strategy: 'attribute' },
    },
    { type: 'next' },
    { type: 'picked', field: { selector: ':scope', strategy: 'structural' } },
    { type: 'edit', patch: { attribute: 'data-customer-id' } },
    { type: 'next' },
    { type: 'picked', field: { label: 'Kunde', strategy: 'label' } },
    { type: 'next' },
    { type: 'picked', field: { label: 'E-Mail', selector: 'a', strategy: 'label' } },
    { type: 'next' },
    { type: 'skip' },
    { type: 'picked', field: { label: 'Umsatz', strategy: 'label' } },
  ]);

describe('buildDefinition', () => {
  it('keeps the version in step with the schema', () => {
    expect(CUSTOM_DEFINITION_VERSION_LITERAL).toBe(CUSTOM_DEFINITION_VERSION);
  });

  it('builds a definition the schema accepts, without strategies or skipped fields', () => {
    const def = buildDefinition(taughtList(), 'acme');
    expect(customDefinitionSchema.safeParse(def).success).toBe(true);
    expect(def?.pages[0]?.fields).toEqual({
      row: 'tr[data-testid="customer-row"]',
      id: { selector: ':scope', attribute: 'data-customer-id' },
      name: { label: 'Kunde' },
      email: { label: 'E-Mail', selector: 'a' },
      totalSpent: { label: 'Umsatz' },
    });
  });

  it('is null until the name (and, on a list, the row) is picked', () => {
    expect(buildPage(run([{ type: 'kind', kind: 'customer', urlRegex: 'x' }]))).toBeNull();
    const noRow = run([
      { type: 'kind', kind: 'customer-list', urlRegex: 'x' },
      { type: 'picked', field: { selector: '   ', strategy: 'edited' } },
    ]);
    expect(buildPage(noRow)).toBeNull();
  });
});

describe('previewDraft on the Acme list', () => {
  const doc = customFixture('acme-customers.html');
  const url = new URL(ACME_LIST_URL);

  it('reads what the picks describe, row by row', () => {
    const state = taughtList();
    const preview = previewDraft(
      doc,
      url,
      'tr[data-testid="customer-row"]',
      buildDefinition(state, 'acme'),
      ACME_NOW,
    );
    expect(preview.rows).toBe(3);
    expect(preview.urlMatches).toBe(true);
    // The third row has neither id nor e-mail, so the adapter leaves it out.
    expect(preview.customers.map((c) => [c.id, c.name, c.email])).toEqual([
      ['4711', 'Max Mustermann', 'max@example.de'],
      ['4712', 'Erika Musterfrau', 'erika@example.de'],
    ]);
    expect(preview.customers[0]?.totalSpent).toBeCloseTo(1234.56, 2);
  });

  it('says when the URL regex does not accept the page', () => {
    const state = pickerReducer(taughtList(), { type: 'site', patch: { urlRegex: '/orders$' } });
    const preview = previewDraft(doc, url, undefined, buildDefinition(state, 'acme'), ACME_NOW);
    expect(preview).toEqual({
      rows: null,
      urlMatches: false,
      urlMismatch: 'regex',
      customers: [],
      diagnostics: [],
    });
  });

  it('names the site pattern part that does not match, the port here', () => {
    const state = pickerReducer(taughtList(), {
      type: 'site',
      patch: { urlPattern: `${url.protocol}//${url.hostname}:1/*` },
    });
    const preview = previewDraft(doc, url, undefined, buildDefinition(state, 'acme'), ACME_NOW);
    expect(preview.urlMismatch).toBe('port');
  });
});

describe('mergeDefinition', () => {
  const def = buildDefinition(taughtList(), 'draft')!;

  it('appends a new site with an id from the host', () => {
    const merged = mergeDefinition(
      [{ id: 'crm-acme-example', urlPattern: 'https://x/*', pages: [] }],
      def,
      'crm.acme.example',
    );
    expect(merged.id).toBe('crm-acme-example-2');
    expect(merged.definitions).toHaveLength(2);
  });

  it('adds the page to a site taught before, replacing a page with the same URL regex', () => {
    const old = {
      id: 'acme',
      name: 'Acme',
      urlPattern: def.urlPattern,
      pages: [
        { kind: 'customer', urlRegex: '/customers/(\\d+)$', fields: { name: 'h1' } },
        {
          kind: 'customer-list',
          urlRegex: def.pages[0]!.urlRegex,
          fields: { row: 'tr', name: 'td' },
        },
      ],
    };
    const merged = mergeDefinition([old], def, 'crm.acme.example');
    expect(merged.id).toBe('acme');
    const pages = (merged.definitions[0] as typeof old).pages;
    expect(pages.map((p) => p.kind)).toEqual(['customer', 'customer-list']);
    expect(pages[1]?.fields.row).toBe('tr[data-testid="customer-row"]');
  });
});
