/**
 * Which text encoding a file is in, and decoding it as a stream. Exports arrive as UTF-8
 * (with or without a byte-order mark), as UTF-16 (Excel's "Unicode text"), or in a
 * Windows code page (Excel's "CSV (Comma delimited)" writes the system's ANSI page:
 * 1252 in Western Europe and the Americas, 1250 in Central Europe, 1251 for Cyrillic).
 * The encoding is decided once from the byte-order mark or, failing one, from the first
 * megabyte's bytes; the whole file is then decoded chunk by chunk with one streaming
 * TextDecoder, so a character split across two chunks is never garbled.
 */

export type TextEncodingId =
  'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250' | 'windows-1251' | 'windows-1252';

export interface DetectedEncoding {
  encoding: TextEncodingId;
  /** How many leading bytes are a byte-order mark (skipped, never part of the text). */
  bomLength: number;
  /** True when bytes, not a byte-order mark, decided (the preview says so). */
  guessed: boolean;
}

/** How many bytes detection looks at. */
export const DETECTION_BYTES = 1024 * 1024;

export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', bomLength: 3, guessed: false };
  if (head[0] === 0xff && head[1] === 0xfe)
    return { encoding: 'utf-16le', bomLength: 2, guessed: false };
  if (head[0] === 0xfe && head[1] === 0xff)
    return { encoding: 'utf-16be', bomLength: 2, guessed: false };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bomLength: 0, guessed: true };
  if (isUtf8(head)) return { encoding: 'utf-8', bomLength: 0, guessed: !isAscii(head) };
  return { encoding: bestCodePage(head), bomLength: 0, guessed: true };
}

/** Text in UTF-16 without a mark: ASCII characters leave every other byte zero. */
function utf16WithoutBom(head: Uint8Array): TextEncodingId | null {
  const sample = Math.min(head.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (head[i] === 0) evenZeros += 1;
    if (head[i + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return false;
  return true;
}

function isUtf8(head: Uint8Array): boolean {
  // The sample may end inside a character: drop an incomplete last sequence.
  let end = head.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = head[end - back]!;
    if (b >= 0xc0) {
      const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (back < needed) end -= back;
      break;
    }
    if (b < 0x80) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** Letters common in names written in each code page's languages. */
const COMMON: Record<'windows-1250' | 'windows-1252', string> = {
  'windows-1250': 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽáéíýúäöüÄÖÜßőűŐŰ',
  'windows-1252': 'àâäçéèêëîïôöùûüÿñæœßáíóúãõåøÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÑÆŒÁÍÓÚÃÕÅØ',
};

/**
 * The Windows code page whose reading of the high bytes looks most like names. Cyrillic
 * text is runs of high bytes (whole words), Western and Central European text has lone
 * accented letters between ASCII ones; between 1250 and 1252 the letters each page makes
 * of the same bytes decide (`³` and `¹` in 1252 are `ł` and `ą` in 1250).
 */
function bestCodePage(head: Uint8Array): TextEncodingId {
  let high = 0;
  let inRun = 0;
  let runs = 0;
  for (const b of head) {
    if (b >= 0xc0) {
      high += 1;
      if (inRun === 0) runs += 1;
      inRun += 1;
    } else inRun = 0;
  }
  if (runs > 0 && high / runs >= 2.5) return 'windows-1251';
  const score = (encoding: 'windows-1250' | 'windows-1252') => {
    const text = new TextDecoder(encoding).decode(head);
    const common = COMMON[encoding];
    let total = 0;
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) continue;
      if (common.includes(ch)) total += 2;
      else if (/\p{L}/u.test(ch)) total += 0;
      else total -= 2;
    }
    return total;
  };
  return score('windows-1250') > score('windows-1252') ? 'windows-1250' : 'windows-1252';
}

/** Human names of the encodings, for the preview's sentence. */
export const ENCODING_NAMES: Record<TextEncodingId, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1250': 'Windows-1250 (Central European)',
  'windows-1251': 'Windows-1251 (Cyrillic)',
  'windows-1252': 'Windows-1252 (Western European)',
};

export interface TextChunks {
  encoding: DetectedEncoding;
  /** The decoded text, chunk by chunk; `read` is bytes consumed so far. */
  chunks: AsyncIterable<{ text: string; read: number }>;
}

/** A string or Blob as decoded text chunks; strings pass through as one encoding-free read. */
export async function decodeChunks(input: string | Blob, chunkBytes: number): Promise<TextChunks> {
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    return {
      encoding: { encoding: 'utf-8', bomLength: 0, guessed: false },
      chunks: stringChunks(text, chunkBytes),
    };
  }
  const head = new Uint8Array(await input.slice(0, DETECTION_BYTES).arrayBuffer());
  const encoding = detectEncoding(head);
  return { encoding, chunks: blobChunks(input, encoding, chunkBytes) };
}

async function* stringChunks(text: string, size: number) {
  for (let at = 0; at < text.length; at += size) {
    yield { text: text.slice(at, at + size), read: Math.min(text.length, at + size) };
  }
  if (text.length === 0) yield { text: '', read: 0 };
}

async function* blobChunks(blob: Blob, detected: DetectedEncoding, size: number) {
  const decoder = new TextDecoder(detected.encoding, { ignoreBOM: true });
  // UTF-16 chunks must split on whole code units.
  const step = detected.encoding.startsWith('utf-16') ? size & ~1 : size;
  for (let at = detected.bomLength; at < blob.size; at += step) {
    const end = Math.min(blob.size, at + step);
    const bytes = new Uint8Array(await blob.slice(at, end).arrayBuffer());
    yield { text: decoder.decode(bytes, { stream: end < blob.size }), read: end };
  }
  const rest = decoder.decode();
  if (rest) yield { text: rest, read: blob.size };
}
