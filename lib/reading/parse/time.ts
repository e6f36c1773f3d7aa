/**
 * Clock times inside date text: `4:34 pm`, `16:34`, `3:04 p.m.`, `09:10:00`. The first time
 * found is taken out of the text so the rest can be read as a date.
 */

export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
}

const TIME = /(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\.?)?(?![\p{L}\d])/iu;

export function extractTime(text: string): { time: ClockTime; rest: string } | null {
  const m = TIME.exec(text);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  const meridiem = m[4]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
  return { time: { hour, minute, second }, rest };
}
