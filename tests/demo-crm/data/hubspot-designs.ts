/**
 * HubSpot-only demo contacts. Closed-won deals are a contact's orders (amount, close
 * date); open deals give the open deal amount; tickets are the service load; the
 * lifecycle stage, lead status and the custom `nps` / `referrals` properties carry
 * engagement and advocacy.
 *
 * Design margins: fewer than 20 HubSpot contacts have closed-won deals, so the portal
 * uses the absolute fallbacks. Every first-time or repeat contact that is not meant to
 * be a snow leopard keeps each deal under 2,000 and the total under 5,000, and every
 * open deal that is not meant to qualify stays under 10,000. Dates sit at least 15
 * days from the 180- and 365-day thresholds. Deals carry no discount information, so
 * a plain HubSpot client is core, never devoted ("unknown discounts are not no
 * discount").
 */
import type { PersonSpec } from './design-types';
import { HUBSPOT_BUYERS } from './hubspot-buyers';
import { HUBSPOT_LEADS } from './hubspot-leads';

/** In id order: changing the order changes ids (never badges). */
export const HUBSPOT_DESIGNS: PersonSpec[] = [...HUBSPOT_LEADS, ...HUBSPOT_BUYERS];
