/**
 * The compile-time link between the protocol's request types and the zod schemas
 * (`Drifted`, ./schemas.ts). `npx tsc --noEmit` checks this file: each `@ts-expect-error`
 * below fails the typecheck if `Drifted` stops catching that kind of drift.
 */
import { describe, expect, it } from 'vitest';
import type { CustomerKey } from '../domain/profile';
import {
  envelopeSchema,
  requestTypesMatchSchemas,
  type Drifted,
  type ProtocolRequests,
} from './schemas';

type NoDrift<R extends Record<string, unknown>> = [Drifted<R>] extends [never] ? true : false;

// The real protocol agrees with its schemas.
const agrees: NoDrift<ProtocolRequests> = true;

// A field the schema does not have (zod would strip it before the handler sees it).
type ExtraField = Omit<ProtocolRequests, 'badges.lookup'> & {
  'badges.lookup': { keys: CustomerKey[]; limit?: number };
};
// @ts-expect-error the extra field is reported
const extraField: NoDrift<ExtraField> = true;

// A required field missing from the request type (every sender would be refused).
type MissingField = Omit<ProtocolRequests, 'data.deleteAll'> & { 'data.deleteAll': object };
// @ts-expect-error the missing field is reported
const missingField: NoDrift<MissingField> = true;

// A narrower type than the schema parses (the handler would be promised too much).
type Narrower = Omit<ProtocolRequests, 'site.enable'> & {
  'site.enable': { url: `https://${string}` };
};
// @ts-expect-error the narrower type is reported
const narrower: NoDrift<Narrower> = true;

// A message with no schema.
type Unparsed = ProtocolRequests & { 'nobody.parses': { x: number } };
// @ts-expect-error the message without a schema is reported
const unparsed: NoDrift<Unparsed> = true;

describe('request types and schemas', () => {
  it('agree (the compile-time check above), and the scrape names a known CRM kind', () => {
    expect([
      agrees,
      extraField,
      missingField,
      narrower,
      unparsed,
      requestTypesMatchSchemas,
    ]).toEqual([true, true, true, true, true, true]);
    const observed = (crm: string) =>
      envelopeSchema.safeParse({
        type: 'page.observed',
        payload: {
          url: 'https://x.test/',
          scrape: { crm, account: 'a', page: 'customer', customers: [], diagnostics: [] },
        },
      }).success;
    expect([
      observed('shopify'),
      observed('custom:abc'),
      observed('custom:'),
      observed('zoho'),
    ]).toEqual([true, true, false, false]);
  });
});
