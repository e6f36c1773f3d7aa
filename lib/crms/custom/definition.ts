/**
 * A user-taught ("custom") CRM: which pages of a site Rung reads and where each field sits.
 * The options page builds these with the picker, stores them with the settings, and exports
 * and imports them as JSON, so the schema is a trust boundary: strings are bounded, objects
 * are strict (unknown keys, `__proto__` included, are refused) and every regex must compile.
 */
// This schema runs in the options page and the background, never in the content script:
// the readers import its types only (erased at build), so zod stays out of that bundle.
import { z } from 'zod';
import { MATCH_PATTERN } from './match-pattern';

export const CUSTOM_DEFINITION_VERSION = 1;

/** A CSS selector; validity is checked where it runs (queries that throw find nothing). */
const css = z
  .string()
  .trim()
  .min(1)
  .max(500)
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .refine((s) => !/[\u0000-\u001F\u007F]/.test(s), 'no control characters');

const attributeName = z.string().regex(/^[a-zA-Z_:][-a-zA-Z0-9_:.]{0,99}$/, 'an attribute name');

/** A regex that compiles; user-written, so bounded (the URLs it runs on are short). */
const regexSource = z
  .string()
  .min(1)
  .max(500)
  .refine((s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  }, 'a valid regular expression');

/**
 * Where one value sits: a selector, or the visible label beside it (a `<label>`, `<th>`,
 * `<dt>` text; see custom.labels.ts), or both (the label narrows, the selector finds). The
 * value is the element's text, or `attribute` when set (`datetime`, `href`, `data-id`), and
 * `pattern`'s first capture group when set (`/customers/(\d+)` on an href).
 */
export const fieldSchema = z
  .strictObject({
    selector: css.optional(),
    label: z.string().trim().min(1).max(100).optional(),
    attribute: attributeName.optional(),
    pattern: regexSource.optional(),
  })
  .refine((f) => f.selector !== undefined || f.label !== undefined, 'a selector or a label');

export type CustomField = z.infer<typeof fieldSchema>;

/** A bare string is shorthand for `{ selector }` (hand-written JSON). */
const field = z.union([css.transform((selector): CustomField => ({ selector })), fieldSchema]);

export const orderFieldsSchema = z.strictObject({
  row: css,
  id: field,
  placedAt: field,
  total: field,
  status: field.optional(),
});

export const pageFieldsSchema = z.strictObject({
  /** List pages: one element per customer; every other field is read inside it. */
  row: css.optional(),
  /** Without it, a customer page takes the id from `urlRegex`'s first capture group. */
  id: field.optional(),
  name: field,
  email: field.optional(),
  orderCount: field.optional(),
  totalSpent: field.optional(),
  firstOrderAt: field.optional(),
  lastOrderAt: field.optional(),
  tickets: field.optional(),
  tags: field.optional(),
  note: field.optional(),
  /** Where the badge goes; defaults to the name. */
  anchor: field.optional(),
  orders: orderFieldsSchema.optional(),
});
export type CustomPageFields = z.infer<typeof pageFieldsSchema>;

export const customPageSchema = z
  .strictObject({
    kind: z.enum(['customer', 'customer-list']),
    /** Tested against the full URL (`/customers/(\d+)$`). */
    urlRegex: regexSource,
    fields: pageFieldsSchema,
  })
  .refine((p) => p.kind === 'customer' || p.fields.row !== undefined, {
    message: 'a customer-list page needs a row selector',
    path: ['fields', 'row'],
  });
export type CustomPage = z.infer<typeof customPageSchema>;

export const customDefinitionSchema = z.strictObject({
  version: z.literal(CUSTOM_DEFINITION_VERSION).default(CUSTOM_DEFINITION_VERSION),
  /** Becomes the CRM kind `custom:<id>`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes'),
  name: z.string().trim().min(1).max(100),
  urlPattern: z
    .string()
    .max(500)
    .regex(MATCH_PATTERN, 'a match pattern like https://crm.example.com/*'),
  /** Locale for numbers and dates when the page does not declare one (`de-DE`). */
  locale: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8}){0,3}$/)
    .optional(),
  /** ISO currency for amounts shown without one, or with a shared symbol (`$`). */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  pages: z.array(customPageSchema).min(1).max(20),
});
export type CustomDefinition = z.infer<typeof customDefinitionSchema>;
export type CustomDefinitionInput = z.input<typeof customDefinitionSchema>;

export const customDefinitionListSchema = z
  .array(customDefinitionSchema)
  .max(50)
  .refine((defs) => new Set(defs.map((d) => d.id)).size === defs.length, 'ids must be unique');

/** Keys that would reach an object's prototype if the JSON were ever merged naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Finds a forbidden key anywhere in parsed JSON (depth-bounded: definitions are shallow). */
export function forbiddenKeyPath(value: unknown, path = '$', depth = 0): string | null {
  if (depth > 12 || value === null || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return `${path}.${key}`;
    const found = forbiddenKeyPath(
      (value as Record<string, unknown>)[key],
      `${path}.${key}`,
      depth + 1,
    );
    if (found) return found;
  }
  return null;
}
