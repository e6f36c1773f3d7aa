import { describe, expect, it } from 'vitest';
import { decodeChunks, detectEncoding, type TextEncodingId } from './text-decoding';

/** Bytes of `text` in a Windows code page, from the code page's own decoding table. */
function codePage(text: string, encoding: TextEncodingId): Uint8Array<ArrayBuffer> {
  const table = new Map<string, number>();
  const decoder = new TextDecoder(encoding);
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((c) => table.get(c) ?? 0x3f));
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\ufeff' : '') + text;
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[i * 2] = order === 'le' ? u & 0xff : u >> 8;
    out[i * 2 + 1] = order === 'le' ? u >> 8 : u & 0xff;
  }
  return out;
}

async function decodeAll(bytes: Uint8Array<ArrayBuffer>, chunk: number) {
  const { encoding, chunks } = await decodeChunks(new Blob([bytes]), chunk);
  let text = '';
  for await (const c of chunks) text += c.text;
  return { encoding: encoding.encoding, guessed: encoding.guessed, text };
}

const polish =
  'Imię,Nazwisko\nŁucja,Wróblewska-Świątek\nJózef,Żółć\nGrzegorz,Brzęczyszczykiewicz\n';
const russian = 'Имя,Фамилия\nАнна,Кузнецова\nЁлка,Сидоров\nПётр,Иванов\n';
const french = 'Prénom,Nom\nHélène,Lefèvre\nFrançois,Noël\nJürgen,Müller\n';

describe('detectEncoding and decodeChunks', () => {
  it('reads UTF-8 with and without a byte-order mark, a character split at any chunk boundary', async () => {
    const bytes = new TextEncoder().encode(russian + polish);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    for (const chunk of [1, 2, 3, 7, 64]) {
      expect(await decodeAll(bytes, chunk)).toEqual({
        encoding: 'utf-8',
        guessed: true,
        text: russian + polish,
      });
      expect(await decodeAll(withBom, chunk)).toEqual({
        encoding: 'utf-8',
        guessed: false,
        text: russian + polish,
      });
    }
  });

  it('reads UTF-16 LE and BE, with the mark or by the zero bytes of ASCII text', async () => {
    for (const order of ['le', 'be'] as const) {
      for (const bom of [true, false]) {
        const decoded = await decodeAll(utf16(french, order, bom), 5);
        expect(decoded.encoding).toBe(`utf-16${order}`);
        expect(decoded.text).toBe(french);
      }
    }
  });

  it('tells Windows-1250, 1251 and 1252 apart by what their letters make of the bytes', async () => {
    for (const [text, encoding] of [
      [polish, 'windows-1250'],
      [russian, 'windows-1251'],
      [french, 'windows-1252'],
    ] as const) {
      const bytes = codePage(text, encoding);
      expect(detectEncoding(bytes)).toEqual({ encoding, bomLength: 0, guessed: true });
      expect((await decodeAll(bytes, 3)).text).toBe(text);
    }
  });

  it('says plain ASCII is UTF-8 without guessing', () => {
    expect(detectEncoding(new TextEncoder().encode('Email,Total\na@x.io,1\n'))).toEqual({
      encoding: 'utf-8',
      bomLength: 0,
      guessed: false,
    });
  });
});
