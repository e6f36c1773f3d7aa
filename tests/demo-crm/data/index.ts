/** The demo CRM's data: the world, its page paths, totals and expected badges. */
export { buildDemoWorld, DEMO_CURRENCY, DEMO_HUBSPOT_PORTAL, DEMO_SHOPIFY_STORE } from './world';
export * from './paths';
export * from './shopify-totals';
export * from './expected';
export type * from './types';
