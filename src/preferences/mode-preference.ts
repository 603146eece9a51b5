/**
 * The reader's choice between the mobile and desktop versions, remembered for the site.
 * Storage can be blocked (privacy modes, sandboxed iframes, full disks): then the choice
 * lives in memory for the page's lifetime and nothing throws. Every card on the page, and in
 * the site's other tabs, follows a change.
 */
export type Mode = 'mobile' | 'desktop';

export const MODE_STORAGE_KEY = 'article-embed:mode';
let memory: Mode | undefined;
const listeners = new Set<() => void>();

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
  notify();
}

/** Forgets the choice (tests, and sites offering a "reset layout"). */
export function forgetMode(): void {
  memory = undefined;
  try {
    localStorage.removeItem(MODE_STORAGE_KEY);
  } catch {
    // Nothing stored anyway.
  }
  notify();
}

function notify(): void {
  for (const listener of listeners) listener();
}

// Another tab of the site changed the choice (`key` is null when storage was cleared).
function onStorage(event: StorageEvent): void {
  if (event.key === MODE_STORAGE_KEY || event.key === null) notify();
}

/** Calls `listener` whenever the remembered choice changes; returns the unsubscribe. */
export function onModePreferenceChange(listener: () => void): () => void {
  if (!listeners.size) addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (!listeners.size) removeEventListener('storage', onStorage);
  };
}
