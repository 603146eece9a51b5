// Shared by the ecosystem tests: load a built bundle, wait for the DOM to settle.

export interface Mountable {
  mount(container: Element): unknown;
}

/** Loads a built bundle by URL (kept out of the type checker: it is a build output). */
export async function load(url: string): Promise<Mountable> {
  return (await import(url)) as Mountable;
}

export async function until(check: () => boolean, what: string, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const headlineOf = (card: Element) => card.shadowRoot?.querySelector('[part="headline"]')?.textContent?.trim() ?? '';

/** Every page of the demo site, as its navigation names it. */
export const DEMO_PAGES: Array<[path: string, name: string]> = [
  ['/demo/index.html', 'Overview'],
  ['/demo/sources.html', 'Sources'],
  ['/demo/themes.html', 'Themes'],
  ['/demo/languages.html', 'Languages'],
  ['/demo/generator.html', 'Embed generator'],
  ['/demo/partner.html', 'Partner site'],
  ['/demo/blogger.html', 'Blog post'],
  ['/demo/npm-app.html', 'ESM app'],
  ['/demo/react-app/index.html', 'React app'],
];
