/**
 * How each category looks in the pill: an icon (so colour is never the only signal)
 * and a background colour. White text on each of these backgrounds meets WCAG AA
 * (4.5:1, checked in categoryLook.test.ts), and the pill carries its own background, so
 * it reads the same on light and dark CRM pages. badge.css repeats these colours per
 * `data-category`; the test keeps the two in step.
 */
import type { Category } from '../../lib/segmentation/types';

export interface CategoryLook {
  icon: string;
  background: string;
}

export const CATEGORY_LOOKS: Record<Category, CategoryLook> = {
  devoted: { icon: '♥', background: '#6d28d9' },
  core: { icon: '●', background: '#1d4ed8' },
  demanding: { icon: '⚠', background: '#b45309' },
  'discount-seeker': { icon: '%', background: '#be185d' },
  dead: { icon: '✝', background: '#4b5563' },
  'high-potential': { icon: '★', background: '#047857' },
  unrated: { icon: '○', background: '#57534e' },
};

export const PILL_TEXT_COLOUR = '#ffffff';

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
