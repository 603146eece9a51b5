/**
 * Design tokens: every colour, font, size, radius and space the elements use. Each public
 * `--article-*` custom property is read once into a private `--_*` variable with its default,
 * so a site can set the public one anywhere above the element (or on it). Shared tokens are
 * read here; tokens only one element uses are read in its own styles.
 */
import { css } from 'lit';

const light = css`
  --_text: var(--article-color-text, #1b1c1f);
  --_muted: var(--article-color-muted, #55585f);
  --_background: var(--article-color-background, #ffffff);
  --_surface: var(--article-color-surface, #f3f4f6);
  --_border: var(--article-color-border, #d5d8de);
  --_accent-base: var(--article-color-accent, #0b57d0);
  --_accent-text: var(--article-color-accent-text, #ffffff);
  --_error: var(--article-color-error, #b3261e);
  color-scheme: light;
`;

const dark = css`
  --_text: var(--article-color-text, #e8e9ec);
  --_muted: var(--article-color-muted, #b4b7be);
  --_background: var(--article-color-background, #17181b);
  --_surface: var(--article-color-surface, #24262b);
  --_border: var(--article-color-border, #43464d);
  --_accent-base: var(--article-color-accent-dark, var(--article-color-accent, #8ab4f8));
  --_accent-text: var(--article-color-accent-text, #10131a);
  --_error: var(--article-color-error, #f2b8b5);
  color-scheme: dark;
`;

/** Host defaults shared by every element: tokens, theme switching, box model. */
export const hostStyles = css`
  :host {
    ${light}
    /* The partner's accent as given; contrast-guard.ts overrides --_accent where it would be
       under 4.5:1 on the background. */
    --_accent: var(--_accent-base);
    --_font: var(--article-font-family, system-ui, sans-serif);
    --_font-size: var(--article-font-size, 1rem);
    --_font-size-small: var(--article-font-size-small, 0.875rem);
    --_line-height: var(--article-line-height, 1.6);
    --_space: var(--article-space, 1rem);
    --_space-small: var(--article-space-small, 0.5rem);
    --_focus: var(--article-focus-ring, 2px solid var(--_accent));
    --_transition: var(--article-transition, 150ms ease);
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
    /* Painted, so that text keeps its contrast whatever the page behind is (a dark theme from
       prefers-color-scheme on a light-only site). Set --article-color-background to blend in. */
    background: var(--_background);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_transition: 0s;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  /* Read, for a moment, by contrast-guard.ts: the accent as given on the background. */
  .accent-probe {
    position: absolute;
    color: var(--_accent-base);
    background-color: var(--_background);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/** Buttons and button-like links share one look, with a target of at least 44 px by default. */
export const controlStyles = css`
  :host {
    --_control-size: var(--article-control-size, 2.75rem);
    --_icon-size: var(--article-icon-size, 1.125em);
    --_radius-control: var(--article-radius-control, 0.5rem);
  }
  .control {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: var(--_control-size);
    min-inline-size: var(--_control-size);
    padding-block: calc(var(--_space-small) / 2);
    padding-inline: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-control);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    font-size: var(--_font-size-small);
    text-decoration: none;
    cursor: pointer;
    transition: background-color var(--_transition), border-color var(--_transition);
  }
  .control:hover,
  .control[aria-expanded='true'] {
    background: var(--_surface);
    border-color: var(--_accent);
  }
  .control.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  .control.primary:hover {
    background: color-mix(in srgb, var(--_accent) 88%, var(--_text));
  }
  .control svg {
    inline-size: var(--_icon-size);
    block-size: var(--_icon-size);
    flex: none;
    fill: currentColor;
  }
`;
