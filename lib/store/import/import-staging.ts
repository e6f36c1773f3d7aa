/**
 * The background's side of sending an import in bounded messages (no message over a few
 * MB, no limit on the file): the options page opens a staged import, sends its customers
 * chunk by chunk, then commits it. Until the commit nothing reaches the store, so a
 * cancelled or abandoned send changes nothing. One import is staged at a time; a new one
 * replaces it.
 */
import type { Profile } from '../../domain/profile';
import type { ImportInput } from '../api';

export interface StagedImportHeader {
  source: string;
  fileName: string;
  observedAt?: string;
  /** How many customers the page will send. */
  total: number;
}

export class ImportStaging {
  private staged: { id: string; header: StagedImportHeader; customers: Profile[] } | null = null;
  private counter = 0;

  begin(header: StagedImportHeader): string {
    this.counter += 1;
    const id = `import-${Date.now().toString(36)}-${this.counter}`;
    this.staged = { id, header, customers: [] };
    return id;
  }

  add(id: string, customers: Profile[]): number {
    const staged = this.current(id);
    if (staged.customers.length + customers.length > staged.header.total)
      throw new Error('More customers were sent than the import announced.');
    for (const customer of customers) staged.customers.push(customer);
    return staged.customers.length;
  }

  /** The whole staged import, once every announced customer arrived; it leaves staging. */
  take(id: string): ImportInput {
    const staged = this.current(id);
    if (staged.customers.length !== staged.header.total)
      throw new Error(
        `Only ${staged.customers.length} of ${staged.header.total} customers arrived; send the file again.`,
      );
    this.staged = null;
    const { source, fileName, observedAt } = staged.header;
    return { source, fileName, customers: staged.customers, ...(observedAt ? { observedAt } : {}) };
  }

  cancel(id: string): boolean {
    if (this.staged?.id !== id) return false;
    this.staged = null;
    return true;
  }

  private current(id: string) {
    if (!this.staged || this.staged.id !== id)
      throw new Error(
        'This import is no longer open (another one replaced it); check the file again.',
      );
    return this.staged;
  }
}
