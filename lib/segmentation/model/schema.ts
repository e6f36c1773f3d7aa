/**
 * zod schemas for an account model as stored (IndexedDB) or sent between contexts. A stored model
 * is data from disk, so it is parsed like any other untrusted input before anything scores with
 * it: parameters must be positive finite numbers, settings in range, strings bounded.
 */
import { z } from 'zod';
import { sentenceSchema } from '../sentence-schema';

// zod 4 numbers already refuse NaN and ±Infinity.
const positive = z.number().positive();
const share = z.number().min(0).max(1);
const count = z.number().int().nonnegative();

export const fittedAccountModelSchema = z.object({
  status: z.literal('fitted'),
  model: z.enum(['mbgnbd', 'bgnbd']),
  asOf: z.string().min(1).max(40),
  params: z.object({ r: positive, alpha: positive, a: positive, b: positive }),
  spend: z.object({ p: positive, q: positive, gamma: positive }).nullable(),
  margin: share.nullable(),
  monthlyDiscountRate: share,
  quality: z.object({
    customers: count,
    repeatCustomers: count,
    invalidRows: count,
    logLikelihood: z.number(),
    calibrationError: z.number().nonnegative(),
    confidence: z.enum(['low', 'medium', 'high']),
    spendUnavailable: z.string().max(300).nullable(),
  }),
});

export const unavailableAccountModelSchema = z.object({
  status: z.literal('unavailable'),
  reason: z.enum(['invalid-options', 'too-few-repeat-customers', 'fit-failed', 'poor-fit']),
  message: z.string().max(300),
  say: sentenceSchema.optional(),
  customers: count,
  repeatCustomers: count,
});

export const accountModelSchema = z.discriminatedUnion('status', [
  fittedAccountModelSchema,
  unavailableAccountModelSchema,
]);
