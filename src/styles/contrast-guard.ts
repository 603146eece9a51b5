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

type Rgba = [number, number, number, number];
const parsed = new Map<string, Rgba | undefined>();

/** Any CSS colour as sRGB 0–255 and alpha 0–1, through a 1 × 1 canvas; each colour once. */
function parse(color: string): Rgba | undefined {
  if (parsed.has(color)) return parsed.get(color);
  context ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true });
  let result: Rgba | undefined;
  if (context) {
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = '#010203';
    context.fillStyle = color;
    // A value the canvas does not take (a var(), a light-dark() pair) leaves the fill as it was.
    if (context.fillStyle !== '#010203' || /^#010203$/i.test(color)) {
      context.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
      result = [r!, g!, b!, a! / 255];
    }
  }
  parsed.set(color, result);
  return result;
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

const pending = new Set<AccentGuard>();

/** A colour that means the same in either scheme, as written (`light-dark()` and the like are read as resolved). */
const plain = (color: string): boolean => /^(#[\da-f]{3,8}|(rgb|hsl)a?\([^()]*\)|[a-z]+)$/i.test(color);

/**
 * Checks every element waiting, together, after the updates of this turn and before the frame is
 * painted. The tokens are read from each host's computed style (one style recalculation for a
 * page of cards, which painting needs anyway); an accent the canvas cannot read as written (a
 * `light-dark()` pair) is read as resolved, from a probe in the element's shadow root.
 */
function flush(): void {
  const waiting = [...pending];
  pending.clear();
  const read = waiting.map((guard) => {
    const style = getComputedStyle(guard.host);
    const tokens = [
      style.getPropertyValue('--_accent-base').trim(),
      style.getPropertyValue('--_background').trim(),
      style.colorScheme,
    ] as const;
    return plain(tokens[0]) && plain(tokens[1]) && parse(tokens[0]) && parse(tokens[1]) ? tokens : undefined;
  });
  const probes = waiting.map((guard, i) => {
    if (read[i]) return undefined;
    const probe = document.createElement('i');
    probe.className = 'accent-probe';
    guard.root()?.append(probe);
    return probe;
  });
  probes.forEach((probe, i) => {
    if (!probe) return;
    const style = getComputedStyle(probe);
    read[i] = [style.color, style.backgroundColor, style.colorScheme];
    probe.remove();
  });
  waiting.forEach((guard, i) => guard.apply(guarded(...read[i]!)));
}

/** The accent as the element resolves it, made readable on its background where it is not. */
function guarded(color: string, backgroundColor: string, colorScheme: string): Rgb | undefined {
  // Nothing to read where the element left the page meanwhile.
  const accent = color && parse(color);
  const background = backgroundColor && parse(backgroundColor);
  if (!accent || !background) return undefined;
  // A see-through background (a page blending the card in) is judged as the theme's own.
  const base: Rgb = background[3] > 0.5 ? (background.slice(0, 3) as Rgb) : colorScheme.includes('dark') ? [23, 24, 27] : [255, 255, 255];
  return readableAccent(base.map((v, i) => v + (accent[i]! - v) * accent[3]) as Rgb, base);
}

/** Checks the host's accent after its first update, when its theme changes, and when the reader's colour scheme does. */
export class AccentGuard implements ReactiveController {
  private theme: string | undefined;
  private sheet: CSSStyleSheet | undefined;

  constructor(readonly host: Host) {
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

  /** Checks the accent with the other elements waiting, once this turn's updates are done. */
  check(): void {
    this.theme = this.host.theme;
    if (!this.root()) return;
    if (!pending.size) queueMicrotask(flush);
    pending.add(this);
  }

  root(): ShadowRoot | undefined {
    const root = this.host.shadowRoot;
    return root?.adoptedStyleSheets ? root : undefined;
  }

  apply(fixed: Rgb | undefined): void {
    // Screen only: print has its own ink colours.
    const next = fixed && runtimeSheet(`@media screen{:host{--_accent:rgb(${fixed.join(' ')})}}`);
    this.sheet = swapSheet(this.root(), this.sheet, next);
  }
}
