/**
 * The two halves of a CRM driver (lib/crms/<id>/). The site half says where the CRM lives
 * and what it exports: the manifest, the background and the options page read it, and it
 * carries no DOM code. The reader half reads its pages, and only that CRM's content script
 * bundles it: the options page importing every reader would grow from 68 to 92 KB gzip,
 * over its 80 KB budget. `lib/crms/<id>/index.ts` exports the one driver, both halves;
 * the registry (./registry.ts) lists the site halves.
 */
import type { CrmKind } from '../domain/crm-kind';
import type { CrmReader } from '../reading/types';
import type { ExportFormat } from './import-format';

export interface PageIdentity {
  crm: CrmKind;
  account: string;
}

export interface CrmSite {
  /** The driver's folder under lib/crms/, and the name of its content script. */
  id: string;
  /**
   * Manifest match patterns of the hosts Rung reads without being asked: the driver gets
   * its own content script on them, and they are host permissions. Empty for a CRM on
   * hosts the user enables (self-hosted shops, taught CRMs), which the shared `sites`
   * content script reads, registered per enabled site at run time.
   */
  matches: readonly string[];
  /** Whether a scrape's `crm` is this driver's: its id, or `custom:<id>` for taught CRMs. */
  produces(crm: string): boolean;
  /**
   * Whether the URL is this CRM's ground: its hosts, or for WooCommerce its wp-admin path.
   * Absent for a CRM whose pages cannot be told from the URL alone (taught CRMs): its
   * accounts are keyed by host.
   */
  owns?(url: URL): boolean;
  /**
   * The account a URL of this CRM belongs to (the HubSpot portal, the Shopify store, the
   * shop's host); null on a URL of this CRM that names no account.
   */
  account(url: URL): string | null;
  /** The CSV export files of this CRM that the options page imports. */
  importFormats: readonly ExportFormat[];
}

export interface CrmDriver {
  site: CrmSite;
  reader: CrmReader;
}
