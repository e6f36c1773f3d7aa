/** Runs `work` over `items` with at most `size` in flight, keeping the input order. */
export async function inPool<T, R>(
  items: readonly T[],
  size: number,
  work: (item: T, slot: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (slot: number) => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T, slot);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, (_, slot) => worker(slot)),
  );
  return results;
}
