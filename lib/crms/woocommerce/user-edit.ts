/**
 * Reads a WordPress user profile of a WooCommerce customer (research §3.5, H): id, account
 * e-mail (billing e-mail as fallback), name, and the "Biographical Info" as the customer note.
 * The screen shows no spend or order count (§3.5, M), so none is reported.
 */
import type { Profile } from '../../domain/profile';
import { cleanText } from '../../reading/parse/text';
import { emailOf, inputValue, wooKey, type WooContext } from './context';

/** The profile's note cap (lib/profile.ts `note`). */
const NOTE_MAX = 4000;

export function readUserEdit(root: ParentNode, userId: string, ctx: WooContext) {
  // The form's own hidden user_id must agree with the URL, or this is not that user's page.
  const formId = inputValue(ctx.sel.one('user.id', root), 30);
  if (formId && formId !== userId) {
    ctx.sel.note('user.id:mismatch');
    return null;
  }
  const email =
    emailOf(ctx.sel.one('user.email', root)) ??
    emailOf(ctx.sel.optional('user.billingEmail', root));
  const key = wooKey(ctx, userId, email);
  if (!key) return null;
  const profile: Profile = { key };
  const first = inputValue(ctx.sel.one('user.firstName', root), 200);
  const last = inputValue(ctx.sel.one('user.lastName', root), 200);
  const name = `${first} ${last}`.trim();
  if (name) profile.name = name;
  if (email) profile.email = email;
  const description = ctx.sel.optional('user.description', root);
  const note = description ? cleanText(description.textContent ?? '', NOTE_MAX) : '';
  if (note) profile.note = note;
  return { profile, anchor: ctx.sel.one('page.heading', root) };
}
