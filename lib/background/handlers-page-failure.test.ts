import { describe, expect, it } from 'vitest';
import { StoreError } from '../store/errors';
import { createPageFailures } from './handlers-page-failure';
import type { SessionArea } from './tab-state';

const url = 'https://admin.shopify.com/store/acme/customers';

function memoryArea(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
    remove: async (key) => void data.delete(key),
  };
}

describe('page failures per tab', () => {
  it('keeps the store’s sentence for the page it happened on', async () => {
    const failures = createPageFailures(memoryArea());
    await failures.record(7, url, new StoreError('blocked'));
    expect((await failures.get(7, url))?.message).toMatch(/^Rung is waiting for another tab/);
    expect((await failures.get(7, ''))?.url).toBe(url);
    expect(await failures.get(7, `${url}/2`)).toBeNull();
    expect(await failures.get(8, url)).toBeNull();
    await failures.clear(7);
    expect(await failures.get(7, url)).toBeNull();
  });

  it('ignores errors that are not the store’s', async () => {
    const area = memoryArea();
    const failures = createPageFailures(area);
    await failures.record(7, url, new Error('QuotaExceededError'));
    await failures.record(7, url, 'full');
    expect(await failures.get(7, url)).toBeNull();
    expect(area.data.size).toBe(0);
  });

  it('keeps one entry per tab, so two tabs failing at once do not overwrite each other', async () => {
    const area = memoryArea();
    const failures = createPageFailures(area);
    await Promise.all([
      failures.record(1, url, new StoreError('quota')),
      failures.record(2, `${url}?page=2`, new StoreError('closed')),
    ]);
    expect((await failures.get(1, url))?.message).toMatch(/is full/);
    expect((await failures.get(2, `${url}?page=2`))?.message).toMatch(/connection was closed/);
  });

  it('treats a malformed stored entry as no failure', async () => {
    const area = memoryArea();
    area.data.set('page-failure:7', { url, message: 42 });
    expect(await createPageFailures(area).get(7, url)).toBeNull();
  });
});
