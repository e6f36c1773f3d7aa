/**
 * What a settings change would do to the cached customers, as the options page shows
 * it before saving: "12 repeat → client, 3 core → dead".
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { PreviewMove } from '../../lib/messages/protocol';
import {
  CATEGORIES,
  STAGES,
  type Category,
  type Stage,
  type Vocabulary,
} from '../../lib/segmentation/types';
import { categoryName, stageName } from '../common/labels';

export type { PreviewMove };

function name(field: PreviewMove['field'], value: string, vocabulary: Vocabulary, t: Translate) {
  if (field === 'stage' && (STAGES as readonly string[]).includes(value)) {
    return stageName(value as Stage, t);
  }
  if (field === 'category' && (CATEGORIES as readonly string[]).includes(value)) {
    return categoryName(value as Category, vocabulary, t);
  }
  return value;
}

/** Largest moves first, stage moves before category moves on ties; zero moves dropped. */
export function describeMoves(
  moves: readonly PreviewMove[],
  vocabulary: Vocabulary,
  t: Translate,
  fmt: Format,
): string[] {
  return [...moves]
    .filter((move) => move.count > 0 && move.from !== move.to)
    .sort((a, b) => b.count - a.count || (a.field === b.field ? 0 : a.field === 'stage' ? -1 : 1))
    .map((move) =>
      t('preview_move', [
        fmt.number(move.count, 0),
        name(move.field, move.from, vocabulary, t),
        name(move.field, move.to, vocabulary, t),
      ]),
    );
}
