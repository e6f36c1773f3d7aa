/**
 * The treatment: a short playbook chosen from stage and category. Where the two clash,
 * the category wins (a demanding client gets stricter terms, not VIP perks):
 * - dead, demanding, discount seeker: the category's playbook alone;
 * - devoted, high potential: the category's headline and 4 A line, its actions first,
 *   then the stage's actions that are not already there;
 * - core: the stage's playbook, then core's basic-service actions;
 * - unrated: the stage's playbook alone.
 * Results are cached per settings object and frozen: 100,000 customers share a few
 * dozen treatment objects instead of each carrying a copy.
 */
import type { PlaybookEntry } from './playbook';
import type { Settings } from './settings';
import { CATEGORIES, STAGES, type Category, type Stage, type Treatment } from './types';

const CATEGORY_ONLY: ReadonlySet<Category> = new Set(['dead', 'demanding', 'discount-seeker']);
const CATEGORY_LEADS: ReadonlySet<Category> = new Set(['devoted', 'high-potential']);

function merged(lead: PlaybookEntry, extra: PlaybookEntry): Treatment {
  const actions = [...lead.actions];
  for (const a of extra.actions) if (!actions.includes(a)) actions.push(a);
  return { headline: lead.headline, actions, fourA: lead.fourA };
}

function build(settings: Settings, stage: Stage, category: Category): Treatment {
  const byStage = settings.playbook.stages[stage];
  const byCategory = settings.playbook.categories[category];
  if (CATEGORY_ONLY.has(category)) {
    return {
      headline: byCategory.headline,
      actions: [...byCategory.actions],
      fourA: byCategory.fourA,
    };
  }
  if (CATEGORY_LEADS.has(category)) return merged(byCategory, byStage);
  if (category === 'core') return merged(byStage, byCategory);
  return { headline: byStage.headline, actions: [...byStage.actions], fourA: byStage.fourA };
}

// Indexed by stage and category position (a string key per customer would cost an
// allocation and a hash per call).
const cache = new WeakMap<Settings, (Treatment | undefined)[]>();
const STAGE_INDEX = new Map(STAGES.map((s, i) => [s, i]));
const CATEGORY_INDEX = new Map(CATEGORIES.map((c, i) => [c, i]));

export function treatmentFor(settings: Settings, stage: Stage, category: Category): Treatment {
  let bySettings = cache.get(settings);
  if (!bySettings) {
    bySettings = [];
    cache.set(settings, bySettings);
  }
  const slot =
    (STAGE_INDEX.get(stage) ?? 0) * CATEGORIES.length + (CATEGORY_INDEX.get(category) ?? 0);
  let t = bySettings[slot];
  if (!t) {
    t = build(settings, stage, category);
    Object.freeze(t.actions);
    Object.freeze(t);
    bySettings[slot] = t;
  }
  return t;
}
