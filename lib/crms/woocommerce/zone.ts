/**
 * The shop's time zone, from the settings WordPress prints on every admin page for its date
 * package: `<script id="wp-date-js-after">wp.date.setSettings( {…"timezone":{"offset":1,
 * "string":"Europe/Berlin",…}} );</script>` (wp-includes/script-loader.php). The IANA name
 * wins: the offset is only today's, and order times on the other side of a daylight-saving
 * change would be an hour out. A shop set to a bare offset ("UTC+1") has an empty name.
 * The script's text is parsed as JSON data, never run.
 */
import { ianaZone, type ShopZone } from '../../reading/parse/wall-time';

const SETTINGS_SCRIPT = 'script#wp-date-js-after';
/** The settings are a few kilobytes (month and weekday names); more is not this script. */
const MAX_SCRIPT_TEXT = 20_000;
const CALL = /wp\.date\.setSettings\(\s*(\{[\s\S]*\})\s*\)\s*;?\s*$/;

function settingsOf(script: Element | null): unknown {
  const text = script?.textContent?.trim() ?? '';
  if (!text || text.length > MAX_SCRIPT_TEXT) return null;
  const json = CALL.exec(text)?.[1];
  if (!json) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

/** The zone the page's wp.date settings name, or null when the page carries none. */
export function shopZone(root: ParentNode): ShopZone | null {
  const settings = settingsOf(root.querySelector(SETTINGS_SCRIPT));
  const timezone =
    settings && typeof settings === 'object'
      ? (settings as { timezone?: unknown }).timezone
      : undefined;
  if (!timezone || typeof timezone !== 'object') return null;
  const { string: name, offset } = timezone as { string?: unknown; offset?: unknown };
  if (typeof name === 'string' && name !== '') {
    const zone = ianaZone(name);
    if (zone) return zone;
  }
  const hours = typeof offset === 'string' ? Number(offset) : offset;
  if (typeof hours === 'number' && Number.isFinite(hours) && Math.abs(hours) <= 14) {
    return { kind: 'offset', minutes: Math.round(hours * 60) };
  }
  return null;
}
