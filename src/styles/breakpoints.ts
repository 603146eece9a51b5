/**
 * From this width (CSS pixels, of the card itself: a container query) a card lays out as the
 * desktop version. The card's and menu's styles and the version toggle read this one constant;
 * the static article-embed.css, which no script builds, repeats it (test/components/theming.test.ts
 * checks that the two agree).
 */
export const DESKTOP_MIN_WIDTH = 640;
