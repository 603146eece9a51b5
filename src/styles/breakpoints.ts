/**
 * From this width (CSS pixels, of the card itself: a container query) a card lays out as the
 * desktop version. The card's and menu's styles and the version toggle read this one constant;
 * the static article-embed.css, which no script builds, repeats it (test/components/theming.test.ts
 * checks that the two agree).
 */
export const DESKTOP_MIN_WIDTH = 640;

/**
 * Below this width (CSS pixels, of the card: a container query; of the viewport for an element
 * standing alone) a card is narrow: the byline shows short dates.
 */
export const NARROW_WIDTH = 480;
