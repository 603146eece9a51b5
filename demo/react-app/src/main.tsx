// Entry of the React example: mounts <App> into #root (the page), or wherever a test asks.
import { createRoot, type Root } from 'react-dom/client';
import { App } from './App.js';

export function mount(container: Element): Root {
  const root = createRoot(container);
  root.render(<App />);
  return root;
}

const page = document.getElementById('root');
if (page) mount(page);
