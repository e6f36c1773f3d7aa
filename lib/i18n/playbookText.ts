/**
 * The default playbook is written in English (lib/segmentation/playbook.ts). Each of its
 * texts has a message key named by its place ('pb_category_dead_action_2'), so staff see
 * the treatment in their language; a text the user edited on the options page no longer
 * matches a default and is shown exactly as they wrote it.
 */
import { defaultPlaybook, type PlaybookEntry } from '../segmentation/playbook';
import type { Translate } from './translate';

function entryKeys(prefix: string, entry: PlaybookEntry): [string, string][] {
  return [
    [entry.headline, `${prefix}_headline`],
    ...entry.actions.map((action, index): [string, string] => [
      action,
      `${prefix}_action_${index + 1}`,
    ]),
    [entry.fourA, `${prefix}_four_a`],
  ];
}

const snake = (id: string) => id.replace(/-/g, '_');

/** English default text → message key. Shared entries (repeat = first-time) map once. */
export function playbookKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  const add = (pairs: [string, string][]) => {
    for (const [text, key] of pairs) if (!keys.has(text)) keys.set(text, key);
  };
  for (const [stage, entry] of Object.entries(defaultPlaybook.stages)) {
    add(entryKeys(`pb_stage_${snake(stage)}`, entry));
  }
  for (const [category, entry] of Object.entries(defaultPlaybook.categories)) {
    add(entryKeys(`pb_category_${snake(category)}`, entry));
  }
  return keys;
}

let cached: Map<string, string> | null = null;

/** The text in the user's language when it is a default playbook text, else as given. */
export function playbookText(text: string, t: Translate): string {
  cached ??= playbookKeys();
  const key = cached.get(text);
  if (!key) return text;
  const translated = t(key);
  return translated === key ? text : translated;
}
