/**
 * A shop's wall-clock time to an instant, in the shop's own time zone (an IANA name such
 * as `Europe/Berlin`, or a fixed offset when the shop names none). Pages print order times
 * in the shop's zone, not the viewer's, and an offset alone is only right on one side of a
 * daylight-saving change, so the zone's own rules decide (through Intl, which knows them).
 */

export type ShopZone = { kind: 'iana'; name: string } | { kind: 'offset'; minutes: number };

export interface WallTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f) return f;
  try {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null; // not a zone this browser knows
  }
  formatters.set(zone, f);
  return f;
}

/** A zone from an IANA name, or null when the name is not one Intl knows. */
export function ianaZone(name: string): ShopZone | null {
  return /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(name) && formatterFor(name)
    ? { kind: 'iana', name }
    : null;
}

/** The zone's offset from UTC at `utcMs`, in minutes (Berlin in July: 120). */
function offsetAt(zone: string, utcMs: number): number | null {
  const f = formatterFor(zone);
  if (!f) return null;
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(utcMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? NaN,
    (parts.month ?? NaN) - 1,
    parts.day ?? NaN,
    parts.hour ?? NaN,
    parts.minute ?? NaN,
    parts.second ?? NaN,
  );
  const minutes = Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
  return Number.isFinite(minutes) ? minutes : null;
}

/**
 * The instant (ISO 8601, UTC) a wall time names in `zone`. In the hour a clock skips, the
 * time is read with the offset from before the change (as PHP's DateTime does); in the hour
 * it repeats, the earlier of the two instants.
 */
export function instantOfWallTime(wall: WallTime, zone: ShopZone): string | null {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  if (!Number.isFinite(asUtc)) return null;
  if (zone.kind === 'offset') return new Date(asUtc - zone.minutes * 60_000).toISOString();
  // Two guesses: the offset a day before and a day after bracket any change near this time.
  const candidates: number[] = [];
  for (const probe of [asUtc - 864e5, asUtc + 864e5]) {
    const offset = offsetAt(zone.name, probe);
    if (offset === null) return null;
    const utc = asUtc - offset * 60_000;
    if (offsetAt(zone.name, utc) === offset) candidates.push(utc);
  }
  if (candidates.length > 0) return new Date(Math.min(...candidates)).toISOString();
  // Skipped hour: no offset fits; use the one in force before the change.
  const before = offsetAt(zone.name, asUtc - 864e5);
  return before === null ? null : new Date(asUtc - before * 60_000).toISOString();
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in `zone`. */
export function dayInZone(instant: string, zone: ShopZone): string | null {
  const ms = Date.parse(instant);
  if (!Number.isFinite(ms)) return null;
  const offset = zone.kind === 'offset' ? zone.minutes : offsetAt(zone.name, ms);
  return offset === null ? null : new Date(ms + offset * 60_000).toISOString().slice(0, 10);
}
