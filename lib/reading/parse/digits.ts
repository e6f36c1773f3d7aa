/**
 * Digit normalisation. Persian (U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits
 * become ASCII, and the Arabic thousands (U+066C) and decimal (U+066B) separators become
 * markers the number parser knows unambiguously.
 */

/** Stand-ins that no CRM writes by hand, so they cannot be confused with ',' or '.'. */
export const ARABIC_GROUP = '\u066C';
export const ARABIC_DECIMAL = '\u066B';

const NON_ASCII_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/;

export function toAsciiDigits(text: string): string {
  if (!NON_ASCII_DIGIT.test(text)) return text; // the common case, without a copy
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else out += ch;
  }
  return out;
}
