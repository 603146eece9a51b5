// The size floor: Lit and DOMPurify alone, bundled and minified exactly like the drop-in.
// Every export is used so that nothing is tree-shaken away that an element would need.
import { LitElement, html, css, svg, nothing } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import createDOMPurify from 'dompurify';

globalThis.__floor = { LitElement, html, css, svg, nothing, property, state, query, purify: createDOMPurify(window) };
