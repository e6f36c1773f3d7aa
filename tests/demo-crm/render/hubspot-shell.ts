/**
 * The HubSpot app frame around every demo HubSpot page: the top navigation (noise the
 * adapter must ignore) and the root the SPA asset swaps on navigation.
 */
import type { DemoWorld } from '../data/types';
import { hubspotPaths } from '../data/paths';
import { documentShell, esc, styled } from './html';

export function hubspotPage(world: DemoWorld, title: string, content: string): string {
  const body = `
<div id="hs-nav-v4" class="${styled('Nav')}">
  <a data-spa href="${esc(hubspotPaths.contactsList(world))}">Contacts</a>
  <span class="${styled('Nav', 'Portal')}">Portal ${esc(world.hubspotPortal)}</span>
</div>
<div data-demo-root class="${styled('Page', 'Root')}">${content}</div>`;
  return documentShell('en-US', `${title} | HubSpot`, body);
}

/** One About-card property, in the deferred-input markup of research §1.2 (H). */
export function propertyRow(name: string, label: string, value: string): string {
  return `
        <span data-test-id="${esc(name)}"><div data-deferred-property-input-root="true">
          <div class="${styled('PropertyLabel', 'Label')}">${esc(label)}</div>
          <div data-test-id="hover-content-wrapper"></div>
          <span data-selenium-test="property-input-${esc(name)}">${esc(value)}</span>
        </div></span>`;
}
