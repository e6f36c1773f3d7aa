/**
 * HTML building blocks for the demo CRM pages: escaping, the document shell and the
 * "noisy" generated class names real CRMs carry. Demo names are hostile on purpose, so
 * every interpolated value goes through `esc`; nothing user-shaped is ever raw HTML.
 */

export interface RenderOptions {
  /** Put cards and extra rows in `<template data-late>`; assets/late.js reveals them. */
  late?: boolean;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text and attribute values alike (quotes included). */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** A short, stable hash: class suffixes that look generated but keep snapshots stable. */
function hash(seed: string, length: number): string {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36).padStart(length, '0').slice(0, length);
}

/** styled-components style, as HubSpot ships it: `Card__StyledCard-sc-1x2y3z`. */
export function styled(component: string, part = component): string {
  return `${component}__Styled${part}-sc-${hash(component + part, 6)}`;
}

/** Polaris with an admin build hash, as Shopify ships it: `Polaris-Badge_2qgie`. */
export function polaris(name: string): string {
  return `${name}_${hash(name, 5)}`;
}

/** Wraps late content in a template that assets/late.js reveals 300 ms after load. */
export function lateBlock(options: RenderOptions, html: string): string {
  return options.late ? `<template data-late>${html}</template>` : html;
}

/** Assets served by the demo server next to the pages (CSP: external scripts only). */
export const ASSET_PATH = '/__demo/assets/';

export function documentShell(lang: string, title: string, body: string): string {
  return [
    '<!doctype html>',
    `<html lang="${esc(lang)}">`,
    `<head><meta charset="utf-8"><title>${esc(title)}</title>`,
    `<script src="${ASSET_PATH}late.js" defer></script>`,
    `<script src="${ASSET_PATH}spa.js" defer></script></head>`,
    `<body>${body}</body></html>`,
  ].join('\n');
}
