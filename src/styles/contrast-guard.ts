/**
 * A partner's accent colour never drops below 4.5:1 on the element's background (WCAG 1.4.3),
 * whatever the theme: the accent as resolved (light or dark, `light-dark()`, any CSS colour) is
 * read once per element and theme, and where it is too light (or too dark) a shade of it moved
 * toward black (or white) just far enough replaces it, through a stylesheet adopted by the shadow
 * root. Colours a page changes later are checked at the next theme change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { runtimeSheet, swapSheet } from './runtime-sheets.js';

type Rgb = [number, number, number];
type Host = ReactiveControllerHost & HTMLElement & { theme: string };

const TARGET = 4.6; // 4.5:1, with room for rounding to whole sRGB values
const guards = new Set<AccentGuard>();
let context: CanvasRenderingContext2D | null | undefined;
let scheme: MediaQueryList | undefined;

/** Any CSS colour as sRGB 0–255 and alpha 0–1, through a 1 × 1 canvas. */
function parse(color: string): [number, number, number, number] | undefined {
  context ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** WCAG relative luminance. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const mix = (from: Rgb, to: number, t: number): Rgb => from.map((v) => Math.round(v + (to - v) * t)) as Rgb;

/** `accent` where it reads on `background`, else the least shift toward black or white that does. */
export function readableAccent(accent: Rgb, background: Rgb): Rgb | undefined {
  if (contrast(accent, background) >= 4.5) return undefined;
  const to = contrast([0, 0, 0], background) >= contrast([255, 255, 255], background) ? 0 : 255;
  let [low, high] = [0, 1];
  for (let step = 0; step < 12; step++) {
    const middle = (low + high) / 2;
    if (contrast(mix(accent, to, middle), background) >= TARGET) high = middle;
    else low = middle;
  }
  return mix(accent, to, high);
}

/** The accent as the element resolves it, made readable on its background where it is not. */
function guarded(root: ShadowRoot): Rgb | undefined {
  const probe = document.createElement('i');
  probe.className = 'accent-probe';
  root.append(probe);
  const style = getComputedStyle(probe);
  const accent = parse(style.color);
  const background = parse(style.backgroundColor);
  const dark = style.colorScheme.includes('dark');
  probe.remove();
  if (!accent || !background) return undefined;
  // A see-through background (a page blending the card in) is judged as the theme's own.
  const base: Rgb = background[3] > 0.5 ? (background.slice(0, 3) as Rgb) : dark ? [23, 24, 27] : [255, 255, 255];
  return readableAccent(base.map((v, i) => v + (accent[i]! - v) * accent[3]) as Rgb, base);
}

/** Checks the host's accent after its first update, when its theme changes, and when the reader's colour scheme does. */
export class AccentGuard implements ReactiveController {
  private theme: string | undefined;
  private sheet: CSSStyleSheet | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!scheme && typeof matchMedia === 'function') {
      scheme = matchMedia('(prefers-color-scheme: dark)');
      scheme.addEventListener('change', () => guards.forEach((guard) => guard.check()));
    }
    guards.add(this);
  }

  hostDisconnected(): void {
    guards.delete(this);
  }

  hostUpdated(): void {
    if (this.host.theme !== this.theme) this.check();
  }

  check(): void {
    this.theme = this.host.theme;
    const root = this.host.shadowRoot;
    if (!root?.adoptedStyleSheets) return;
    const fixed = guarded(root);
    // Screen only: print has its own ink colours.
    const next = fixed && runtimeSheet(`@media screen{:host{--_accent:rgb(${fixed.join(' ')})}}`);
    this.sheet = swapSheet(root, this.sheet, next);
  }
}
