/**
 * Folding one stored customer into another (pure), when a page reveals that two
 * profiles are one person (an id-keyed profile and an e-mail-keyed one in the same
 * account). Each field of the absorbed profile is replayed with its own evidence, so
 * the newest observation still wins and provenance survives the merge.
 */
import type { Profile } from '../domain/profile';
import { mergeCustomer, SCALAR_FIELDS, type MergedCustomer, type Source } from './merge';

export function absorbCustomer(primary: MergedCustomer, other: MergedCustomer): MergedCustomer {
  const groups = new Map<string, { source: Source; partial: Record<string, unknown> }>();
  const groupFor = (source: Source) => {
    const id = `${source.seenAt}\u0000${source.page}\u0000${source.url}`;
    let group = groups.get(id);
    if (!group) {
      group = { source, partial: { key: other.profile.key } };
      groups.set(id, group);
    }
    return group.partial;
  };
  const scalars = new Set<string>(SCALAR_FIELDS);
  for (const entry of other.fields) {
    const source = { page: entry.page, url: entry.url, seenAt: entry.seenAt };
    if (scalars.has(entry.field)) {
      groupFor(source)[entry.field] = other.profile[entry.field as keyof Profile];
    } else if (entry.field.startsWith('summary.')) {
      const partial = groupFor(source);
      const field = entry.field.slice('summary.'.length);
      const summary = (partial.summary ?? {}) as Record<string, unknown>;
      summary[field] = (other.profile.summary as Record<string, unknown> | undefined)?.[field];
      partial.summary = summary;
    }
  }
  const ordersEvidence = other.fields.find((f) => f.field === 'orders');
  for (const seen of other.orders) {
    const source =
      ordersEvidence?.seenAt === seen.seenAt
        ? { page: ordersEvidence.page, url: ordersEvidence.url, seenAt: seen.seenAt }
        : { page: 'merged', url: '', seenAt: seen.seenAt };
    const partial = groupFor(source);
    partial.orders = [...((partial.orders as Profile['orders']) ?? []), seen.order];
  }
  let merged = primary;
  const ordered = [...groups.values()].sort((a, b) =>
    a.source.seenAt.localeCompare(b.source.seenAt),
  );
  for (const { source, partial } of ordered)
    merged = mergeCustomer(merged, partial as Profile, source);
  if (ordered.length === 0)
    merged = mergeCustomer(
      merged,
      { key: other.profile.key },
      { page: 'merged', url: '', seenAt: '' },
    );
  return merged;
}
