/**
 * Host access for the tab's site. Rung reads the big CRMs out of the box; a
 * self-hosted shop needs the user to grant its origin (an optional host permission),
 * after which the background registers the content script there.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messages/client';

export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

export function useSiteAccess(url: string | undefined) {
  const origin = originOf(url);
  const [enabled, setEnabled] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!origin) return;
    browser.permissions
      .contains({ origins: [`${origin}/*`] })
      .then(setEnabled)
      .catch(() => setEnabled(false));
  }, [origin]);

  const enable = async (grantedText: string, refusedText: string) => {
    if (!origin) return;
    // Must run straight from the click: the permission prompt needs the user's gesture.
    const granted = await browser.permissions
      .request({ origins: [`${origin}/*`] })
      .catch(() => false);
    setEnabled(granted);
    setStatus(granted ? grantedText : refusedText);
    if (granted && url) {
      // The background registers the content script for this origin from now on.
      await sendMessage('site.enable', { url }).catch(() => undefined);
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id !== undefined) await browser.tabs.reload(tab.id);
    }
  };
  return { origin, enabled, status, enable };
}
