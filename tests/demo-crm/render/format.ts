/**
 * How the demo pages spell values: money in the world's currency (en-US style), dates as
 * the admins show them, and HubSpot's English labels for its internal values. Machine
 * values (ISO dates) go into `time[datetime]`, as the real pages do where they can.
 */
import { esc } from './html';

export function money(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);
}

export function dateLabel(iso: string): string {
  return new Date(iso).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** `<time datetime="…">May 2, 2025</time>`, the ISO value kept exactly as given. */
export function timeTag(iso: string): string {
  return `<time datetime="${esc(iso)}">${esc(dateLabel(iso))}</time>`;
}

const LIFECYCLE: Record<string, string> = {
  subscriber: 'Subscriber',
  lead: 'Lead',
  marketingqualifiedlead: 'Marketing Qualified Lead',
  salesqualifiedlead: 'Sales Qualified Lead',
  opportunity: 'Opportunity',
  customer: 'Customer',
  evangelist: 'Evangelist',
  other: 'Other',
};

const LEAD_STATUS: Record<string, string> = {
  NEW: 'New',
  OPEN: 'Open',
  IN_PROGRESS: 'In Progress',
  OPEN_DEAL: 'Open Deal',
  UNQUALIFIED: 'Unqualified',
  ATTEMPTED_TO_CONTACT: 'Attempted to Contact',
  CONNECTED: 'Connected',
  BAD_TIMING: 'Bad Timing',
};

/** HubSpot shows a custom stage's own name; we show the internal value for those. */
export function lifecycleLabel(value: string): string {
  return LIFECYCLE[value.toLowerCase()] ?? value;
}

export function leadStatusLabel(value: string): string {
  return LEAD_STATUS[value.toUpperCase()] ?? value;
}

const PAYMENT: Record<string, string> = {
  paid: 'Paid',
  pending: 'Pending',
  overdue: 'Overdue',
  partially_refunded: 'Partially refunded',
  refunded: 'Refunded',
  voided: 'Voided',
};

export function paymentLabel(status: string): string {
  return PAYMENT[status] ?? status;
}

/** "AT_RISK" → "At risk": Shopify's enum as the admin would title it (research §2.2, L). */
export function rfmLabel(value: string): string {
  const words = value.toLowerCase().split('_');
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
