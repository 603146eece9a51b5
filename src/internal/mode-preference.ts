/**
 * The reader's choice between the mobile and desktop versions, remembered for the site.
 * Storage can be blocked (privacy modes, sandboxed iframes, full disks): then the choice
 * lives in memory for the page's lifetime and nothing throws.
 */
export type Mode = 'mobile' | 'desktop';

export const MODE_STORAGE_KEY = 'article-embed:mode';
let memory: Mode | undefined;

export function rememberedMode(): Mode | undefined {
  try {
    const value = localStorage.getItem(MODE_STORAGE_KEY);
    if (value === 'mobile' || value === 'desktop') return value;
  } catch {
    // Storage blocked: fall through to the in-memory choice.
  }
  return memory;
}

export function rememberMode(mode: Mode): void {
  memory = mode;
  try {
    localStorage.setItem(MODE_STORAGE_KEY, mode);
  } catch {
    // Storage blocked or full: the in-memory choice still holds for this page.
  }
}

/** Forgets the choice (tests, and sites offering a "reset layout"). */
export function forgetMode(): void {
  memory = undefined;
  try {
    localStorage.removeItem(MODE_STORAGE_KEY);
  } catch {
    // Nothing stored anyway.
  }
}
