/**
 * Runtime schemas for every request in the protocol. The background parses each
 * incoming envelope with `envelopeSchema` before acting: content scripts run on pages
 * we do not control, so their payloads are untrusted input.
 */
import { z } from 'zod';
import { customerKeySchema, profileSchema } from '../domain/profile';
import { CATEGORIES, STAGES } from '../segmentation/types';
import type { MessageType, RequestOf } from './protocol';

// The CRM kinds of ../domain/crm-kind.ts (a drifted list fails `Drifted` below): the built-in ones and every taught `custom:<id>`.
const crmKindSchema = z
  .union([
    z.enum(['hubspot', 'shopify', 'woocommerce']),
    z.templateLiteral(['custom:', z.string().min(1)]),
  ])
  .refine((kind) => kind.length <= 60, 'too long');

const scrapeSchema = z.object({
  crm: crmKindSchema,
  account: z.string().min(1).max(200),
  page: z.enum(['customer', 'customer-list', 'order', 'order-list']),
  customers: z.array(profileSchema).max(5_000),
  diagnostics: z.array(z.string().max(200)).max(200),
});

const keys = z.array(customerKeySchema).max(5_000);

export const envelopeSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('page.observed'),
    payload: z.object({
      url: z.string().max(4_000),
      scrape: scrapeSchema,
      part: z.number().int().min(0).max(10_000).optional(),
    }),
  }),
  z.object({ type: z.literal('badges.lookup'), payload: z.object({ keys }) }),
  z.object({ type: z.literal('customer.get'), payload: z.object({ key: customerKeySchema }) }),
  z.object({
    type: z.literal('override.set'),
    payload: z
      .object({
        key: customerKeySchema,
        stage: z.enum(STAGES).optional(),
        category: z.enum(CATEGORIES).optional(),
        reason: z.string().trim().min(1, 'A reason is required.').max(1_000),
        mode: z.enum(['pin', 'floor']),
        expiresAt: z.string().max(40).optional(),
      })
      .refine((o) => o.stage !== undefined || o.category !== undefined, {
        message: 'Choose a stage or a category to set by hand.',
      }),
  }),
  z.object({ type: z.literal('override.clear'), payload: z.object({ key: customerKeySchema }) }),
  z.object({ type: z.literal('sidepanel.show'), payload: z.object({ key: customerKeySchema }) }),
  z.object({
    type: z.literal('tab.current'),
    payload: z.object({ tabId: z.number().int().optional() }),
  }),
  z.object({ type: z.literal('settings.get'), payload: z.object({}) }),
  z.object({
    type: z.literal('settings.save'),
    payload: z.object({ settings: z.unknown(), staffName: z.string().max(200).optional() }),
  }),
  z.object({ type: z.literal('site.enable'), payload: z.object({ url: z.string().max(4_000) }) }),
  z.object({ type: z.literal('site.disable'), payload: z.object({ origin: z.string().max(400) }) }),
  z.object({ type: z.literal('sites.list'), payload: z.object({}) }),
  z.object({
    type: z.literal('customers.list'),
    payload: z.object({
      crm: z.string().max(60).optional(),
      account: z.string().max(200).optional(),
    }),
  }),
  z.object({ type: z.literal('settings.preview'), payload: z.object({ settings: z.unknown() }) }),
  z.object({ type: z.literal('reclassify.progress'), payload: z.object({}) }),
  z.object({
    type: z.literal('data.exportCsv'),
    payload: z.object({
      crm: z.string().max(60).optional(),
      account: z.string().max(200).optional(),
      stages: z.array(z.enum(STAGES)).max(STAGES.length).optional(),
      categories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length).optional(),
    }),
  }),
  z.object({ type: z.literal('data.export'), payload: z.object({}) }),
  // A backup is checked thoroughly by the store's own schema; here only its size.
  z.object({
    type: z.literal('data.import'),
    payload: z.object({ json: z.string().max(100 * 2 ** 20) }),
  }),
  z.object({
    type: z.literal('data.importRows'),
    payload: z.object({
      source: z.string().min(1).max(100),
      fileName: z.string().max(500),
      customers: z.array(profileSchema).max(2_000),
    }),
  }),
  z.object({
    type: z.literal('data.importBegin'),
    payload: z.object({
      source: z.string().min(1).max(100),
      fileName: z.string().max(500),
      observedAt: z.string().max(40).optional(),
      total: z.number().int().positive().max(10_000_000),
    }),
  }),
  z.object({
    type: z.literal('data.importStage'),
    // Chunks are bounded by the page to about 2 MB; 1,000 customers is the hard cap.
    payload: z.object({
      importId: z.string().max(100),
      customers: z.array(profileSchema).max(1_000),
    }),
  }),
  z.object({
    type: z.literal('data.importCommit'),
    payload: z.object({ importId: z.string().max(100) }),
  }),
  z.object({
    type: z.literal('data.importCancel'),
    payload: z.object({ importId: z.string().max(100) }),
  }),
  z.object({ type: z.literal('data.importProgress'), payload: z.object({}) }),
  z.object({
    type: z.literal('data.deleteAll'),
    payload: z.object({ confirm: z.literal('delete') }),
  }),
  z.object({ type: z.literal('customCrms.get'), payload: z.object({}) }),
  z.object({
    type: z.literal('customCrms.save'),
    payload: z.object({ definitions: z.array(z.unknown()).max(50) }),
  }),
  z.object({
    type: z.literal('picker.start'),
    payload: z.object({ tabId: z.number().int().nonnegative() }),
  }),
]);

export type ValidEnvelope = z.infer<typeof envelopeSchema>;

/**
 * The compile-time link between ./protocol.ts and these schemas, for any protocol map.
 * A request type drifts from its schema when a sender could send something the schema
 * refuses (the request type is not assignable to the schema's input), when a handler
 * could receive something the request type does not promise (the parsed output is not
 * assignable to it), or when the two name different fields (zod would strip one the
 * protocol declares). `Drifted` is the union of the message types that drift, plus any
 * message with no schema or schema with no message; `never` when all agree.
 */
type Input = z.input<typeof envelopeSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Agrees<Req, In, Out> = [Req] extends [In]
  ? [Out] extends [Req]
    ? Same<keyof Req, keyof Out>
    : false
  : false;
export type Drifted<Requests extends Record<string, unknown>> =
  | {
      [T in keyof Requests & string]: T extends ValidEnvelope['type']
        ? Agrees<
            Requests[T],
            Extract<Input, { type: T }>['payload'],
            Extract<ValidEnvelope, { type: T }>['payload']
          > extends true
          ? never
          : T
        : T;
    }[keyof Requests & string]
  | Exclude<ValidEnvelope['type'], keyof Requests>;

export type ProtocolRequests = { [T in MessageType]: RequestOf<T> };

/** Fails to compile, naming the drifted message types, when a request and its schema disagree. */
export const requestTypesMatchSchemas: [Drifted<ProtocolRequests>] extends [never]
  ? true
  : { drifted: Drifted<ProtocolRequests> } = true;

/** A user-facing sentence for the first problem zod found. */
export function describeInvalid(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request was not valid.';
  const where = issue.path.filter((p) => p !== 'payload').join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}
