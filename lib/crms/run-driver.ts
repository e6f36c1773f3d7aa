/**
 * What the content script of a CRM on fixed hosts runs: the CRM content script, reading
 * with that driver's reader only (lib/crms/<id>/content-script.ts, which wxt.config.ts
 * adds as the entrypoint `<id>` for every such driver in the registry).
 */
import { runCrmContentScript } from '../content/run-crm-content-script';
import { readPageWith } from '../reading/read-with';
import type { CrmDriver } from './driver';

export function runDriver(driver: CrmDriver): void {
  runCrmContentScript((document, url) => readPageWith([driver.reader], document, url));
}
