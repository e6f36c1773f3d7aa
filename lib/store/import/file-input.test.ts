// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { previewImport } from './preview';

// happy-dom replaces the global URL, so build the fixture path with node:path.
const here = path.dirname(fileURLToPath(import.meta.url));
const csv = readFileSync(path.join(here, 'fixtures', 'hubspot-contacts.csv'), 'utf8');

describe('previewImport from a File, as the options page passes it', () => {
  it('reads a File chunk by chunk through FileReader, with the same result as the text', async () => {
    const file = new File([csv], 'hubspot-crm-exports-all-contacts.csv', { type: 'text/csv' });
    const reads: number[] = [];
    const fromFile = await previewImport(file, {
      account: '4455667',
      chunkSize: 64,
      onProgress: (read) => reads.push(read),
    });
    const fromText = await previewImport(csv, { account: '4455667' });
    expect(fromFile.customers).toEqual(fromText.customers);
    expect(fromFile.customers).toHaveLength(3);
    expect(reads.length).toBeGreaterThan(2);
  });

  it('strips a UTF-8 byte-order mark from the first header', async () => {
    const file = new File(['\uFEFF' + csv], 'contacts.csv');
    const preview = await previewImport(file, { account: '4455667' });
    expect(preview.headers[0]).toBe('Record ID');
    expect(preview.source).toBe('hubspot-contacts');
  });
});
