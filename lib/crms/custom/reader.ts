/**
 * The reader of user-taught CRMs. `createCustomReader(definitions)` builds one reader
 * over every definition the user saved: it matches a URL when a definition's match pattern
 * and one of its pages' URL regexes accept it; the CRM kind is `custom:<id>` and the account
 * the URL host. Definitions come from settings at run time, so this is a factory, not a
 * constant.
 */
import type { Profile } from '../../domain/profile';
import type { CustomDefinition, CustomPage } from './definition';
import { matchPatternMatcher, type UrlMatcher } from './match-pattern';
import { queryAll } from './fields';
import { customDiagnostics, readCustomer, type CustomReadContext } from './read';
import { pageLocale } from '../../reading/read-values';
import type { CrmReader, PageRead, ReadOptions } from '../../reading/types';

interface Compiled {
  def: CustomDefinition;
  site: UrlMatcher;
  pages: { page: CustomPage; url: RegExp }[];
}

function compile(def: CustomDefinition): Compiled | null {
  const site = matchPatternMatcher(def.urlPattern);
  if (!site) return null;
  const pages = def.pages.flatMap((page) => {
    try {
      return [{ page, url: new RegExp(page.urlRegex) }];
    } catch {
      return []; // validated on save; a bad one here is skipped, not fatal
    }
  });
  return { def, site, pages };
}

function find(compiled: Compiled[], url: URL) {
  const href = url.href;
  for (const c of compiled) {
    if (!c.site.test(href)) continue;
    for (const p of c.pages) {
      const m = p.url.exec(href);
      if (m) return { def: c.def, page: p.page, urlId: m[1] };
    }
  }
  return null;
}

function readList(document: Document, page: CustomPage, ctx: CustomReadContext) {
  const customers: Profile[] = [];
  const anchors: (Element | null)[] = [];
  const rows = page.fields.row ? queryAll(document, page.fields.row) : [];
  if (rows.length === 0) ctx.missed.add('field.row');
  for (const row of rows) {
    const read = readCustomer(row, page.fields, undefined, ctx);
    if (!read) continue;
    customers.push(read.profile);
    anchors.push(read.anchor);
  }
  return { customers, anchors };
}

export function createCustomReader(definitions: readonly CustomDefinition[]): CrmReader {
  const compiled = definitions.map(compile).filter((c): c is Compiled => c !== null);
  return {
    // One reader serves every definition; each scrape names its own `custom:<id>`.
    crm: 'custom:*',
    readsPage: (url) => find(compiled, url) !== null,
    read(document: Document, url: URL, options: ReadOptions = {}): PageRead | null {
      const found = find(compiled, url);
      if (!found) return null;
      const ctx: CustomReadContext = {
        def: found.def,
        account: url.host,
        now: options.now ?? new Date(),
        locale: found.def.locale ?? pageLocale(document),
        notes: new Set(),
        found: new Set(),
        missed: new Set(),
        headings: new Map(),
      };
      let customers: Profile[] = [];
      let anchors: (Element | null)[] = [];
      if (found.page.kind === 'customer-list')
        ({ customers, anchors } = readList(document, found.page, ctx));
      else {
        const read = readCustomer(document, found.page.fields, found.urlId, ctx);
        if (read) [customers, anchors] = [[read.profile], [read.anchor]];
      }
      return {
        scrape: {
          crm: `custom:${found.def.id}`,
          account: url.host,
          page: found.page.kind,
          customers,
          diagnostics: customDiagnostics(ctx),
        },
        anchors,
      };
    },
  };
}
