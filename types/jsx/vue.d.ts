// `import type {} from 'article-embed/jsx/vue'`: the four tags in Vue's GlobalComponents. The
// props come from ./elements.d.ts (custom-element-jsx-integration, custom-elements-manifest.config.mjs);
// Vue's template checker looks listeners up as `onArticleLoad` for `@article-load`, so the
// `onarticle-load` keys are renamed.
import type { DefineComponent } from 'vue';
import type { CustomElements } from './elements.js';

type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;
type VueProps<P> = { [K in keyof P as K extends `on${infer Event}` ? `on${Pascal<Event>}` : K]: P[K] };

export type ArticleEmbedComponents = { [Tag in keyof CustomElements]: DefineComponent<VueProps<CustomElements[Tag]>> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the augmentation is the point.
  interface GlobalComponents extends ArticleEmbedComponents {}
}
