/**
 * A stored page URL is scraped data: only http(s) URLs become links, so a hostile
 * record cannot smuggle a `javascript:` link into Rung's own page.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
