// A React 19 app using the elements as they are: React 19 sets properties on custom elements
// (so `article` takes an object) and listens to their events through `on<event-name>` props.
import { useRef, useState } from 'react';
import 'article-embed';
import type {} from 'article-embed/jsx/react';
import type { ArticleCard, ArticleLoadEvent, ArticleShareEvent } from 'article-embed';
import { articles } from './articles.js';

export function App() {
  const [index, setIndex] = useState(0);
  const [loaded, setLoaded] = useState('');
  const [shared, setShared] = useState('');
  const card = useRef<ArticleCard>(null);

  return (
    <div className="react-app">
      <h2>Newsroom picks</h2>
      <div className="picks" role="group" aria-label="Articles">
        {articles.map((article, i) => (
          <button key={article.url} type="button" aria-pressed={i === index} onClick={() => setIndex(i)}>
            {article.headline}
          </button>
        ))}
      </div>
      <article-card
        ref={card}
        article={articles[index]}
        layout="summary"
        onarticle-load={(event: ArticleLoadEvent) => setLoaded(event.detail.article.headline)}
      />
      <p role="status" data-testid="loaded">
        {loaded && `Showing: ${loaded}`}
      </p>
      <article-share
        url={articles[index]?.url ?? ''}
        headline={articles[index]?.headline ?? ''}
        targets="x,email,copy"
        onarticle-share={(event: ArticleShareEvent) => setShared(event.detail.target)}
      />
      <p data-testid="shared">{shared && `Shared via ${shared}`}</p>
      <article-byline author="Priya Nandakumar" published="2026-05-02T08:15:00Z" dateFormat="short" />
    </div>
  );
}
