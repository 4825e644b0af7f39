// The choices a snippet is written from, and the checks on what a partner types into them.
import { DEFAULT_THEME, HEADING_LEVELS as HEADING_LEVEL_RANGE, PREVIEW_COUNT } from '../attribute-values.js';
import { PALETTES } from '../palette.js';

/** The element's own defaults: a snippet writes only the attributes that differ from them. */
export const DEFAULT_OPTIONS = Object.freeze({
  kind: 'full-text',
  destination: 'html',
  delivery: 'pinned',
  selfHostedUrl: '',
  lang: '',
  previewCount: String(PREVIEW_COUNT.default),
  headingLevel: String(HEADING_LEVEL_RANGE.default),
  theme: DEFAULT_THEME,
  accent: PALETTES.light.accent,
});

/** The heading levels a snippet may ask for; the build renders the pre-rendered kind at each. */
export const HEADING_LEVELS = Array.from({ length: HEADING_LEVEL_RANGE.max - HEADING_LEVEL_RANGE.min + 1 }, (_, i) => String(HEADING_LEVEL_RANGE.min + i));

/**
 * Whether an accent colour can go into the snippet's CSS rule: a hex colour, as the generator's
 * colour field gives it (#rgb, #rgba, #rrggbb, #rrggbbaa). Anything else could end the rule and
 * start another.
 */
export function isHexColour(value) {
  return /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value);
}
