/**
 * Whether a verdict's colour shows on the desk's white page. The colour is drawn
 * as a small dot beside the verdict's label, with nothing around it, so a colour
 * close to white leaves an empty space where the dot should be.
 */

/** WCAG relative luminance of a "#rrggbb" colour: 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two "#rrggbb" colours, from 1 (the same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The least contrast against white a dot needs to be seen at all. Below WCAG's 3:1
 * for graphics on purpose: the dot is never the only sign (its label is always
 * beside it), and 3:1 would refuse the plain orange (#ff8800, 2.4:1) a newsroom
 * may well use; this refuses only the near-whites that vanish.
 */
export const MIN_DOT_CONTRAST = 1.5;

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** Whether a "#rrggbb" colour shows as a dot on the white page (false for anything else). */
export function showsOnWhite(hex: string): boolean {
  return HEX_COLOUR.test(hex) && contrastRatio(hex, "#ffffff") >= MIN_DOT_CONTRAST;
}
