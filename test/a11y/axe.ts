/** Runs axe-core on one element (shadow roots included) against the WCAG 2.x A and AA rules. */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { emulateMedia } from '@web/test-runner-commands';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** Every WCAG A and AA success criterion axe can check, up to WCAG 2.2. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The violations, one readable line each ("rule: target — summary"). */
export async function axeViolations(el: Element): Promise<string[]> {
  const results = await window.axe.run(el, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id}: ${JSON.stringify(node.target)} — ${node.failureSummary ?? v.help}`),
  );
}

/**
 * Emulates a media feature, or returns false where the browser driver cannot (only Chromium's has
 * the command: Firefox through WebDriver BiDi and WebKit through classic WebDriver have none), so a
 * test can skip itself rather than pass for nothing.
 */
const canEmulateMedia = navigator.userAgent.includes('Chrome/');

export async function emulate(feature: Parameters<typeof emulateMedia>[0], query: string): Promise<boolean> {
  if (!canEmulateMedia) return false;
  try {
    await emulateMedia(feature);
  } catch {
    return false;
  }
  return matchMedia(query).matches;
}

/** Back to the browser's own preferences. */
export async function resetMedia(): Promise<void> {
  if (!canEmulateMedia) return;
  try {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  } catch {
    // Not supported: nothing was changed.
  }
}
