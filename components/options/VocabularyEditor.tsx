/**
 * Which category vocabulary the badges speak (classic, or the 1-page marketing plan's
 * tribe/rebel/vampire/snow leopard), and the label of each category in both.
 */
import type { Translate } from '../../lib/i18n/translate';
import {
  CATEGORIES,
  type Category,
  type CategoryLabels,
  type Vocabulary,
} from '../../lib/segmentation/types';
import { categoryName } from '../common/labels';

export interface VocabularyEditorProps {
  vocabulary: Vocabulary;
  labels: Record<Category, CategoryLabels>;
  t: Translate;
  onVocabulary: (vocabulary: Vocabulary) => void;
  onLabel: (category: Category, field: keyof CategoryLabels, value: string) => void;
}

export function VocabularyEditor({
  vocabulary,
  labels,
  t,
  onVocabulary,
  onLabel,
}: VocabularyEditorProps) {
  return (
    <fieldset data-testid="vocabulary">
      <legend>{t('options_vocabulary')}</legend>
      {(['classic', 'one-page'] as const).map((choice) => (
        <label key={choice} class="choice">
          <input
            type="radio"
            name="vocabulary"
            value={choice}
            checked={vocabulary === choice}
            onChange={() => onVocabulary(choice)}
          />
          {t(choice === 'classic' ? 'options_vocabulary_classic' : 'options_vocabulary_one_page')}
        </label>
      ))}
      <table class="data">
        <thead>
          <tr>
            <th scope="col">{t('options_category')}</th>
            <th scope="col">{t('options_vocabulary_classic')}</th>
            <th scope="col">{t('options_vocabulary_one_page')}</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((category) => (
            <tr key={category}>
              <th scope="row">{categoryName(category, vocabulary, t)}</th>
              {(['classic', 'onePage'] as const).map((field) => (
                <td key={field}>
                  <input
                    name={`labels.${category}.${field}`}
                    aria-label={`${categoryName(category, vocabulary, t)}: ${t(field === 'classic' ? 'options_vocabulary_classic' : 'options_vocabulary_one_page')}`}
                    maxLength={80}
                    value={labels[category]?.[field] ?? ''}
                    onInput={(event) => onLabel(category, field, event.currentTarget.value)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
