/**
 * zod schema of a translatable sentence (`Sentence` in types.ts), for sentences stored with
 * data that is parsed on load (an account model's note). Keys are catalogue names, strings
 * and argument lists are bounded; a phrase argument nests at most a few levels deep.
 */
import { z } from 'zod';
import { COUNT_UNITS, type Sentence, type SentenceArg } from './types';

const key = z
  .string()
  .max(80)
  .regex(/^[A-Za-z0-9_]+$/);

const valueArg = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), value: z.number(), unit: z.enum(COUNT_UNITS) }),
  z.object({ kind: z.literal('number'), value: z.number() }),
  z.object({ kind: z.literal('ordinal'), value: z.number() }),
  z.object({ kind: z.literal('share'), value: z.number() }),
  z.object({
    kind: z.literal('money'),
    value: z.number(),
    currency: z.string().max(10).nullable(),
  }),
  z.object({ kind: z.literal('date'), value: z.string().max(40) }),
  z.object({ kind: z.literal('text'), value: z.string().max(400) }),
]);

const flatSentence = z.object({ key, args: z.array(valueArg).max(8) });
const phraseArg = z.object({ kind: z.literal('phrase'), value: flatSentence });

/** A sentence whose arguments are values or one level of phrase. */
export const sentenceSchema: z.ZodType<Sentence> = z.object({
  key,
  args: z.array(z.union([valueArg, phraseArg]) as z.ZodType<SentenceArg>).max(8),
});
