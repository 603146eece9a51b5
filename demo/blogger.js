// The blog platform's embed script, for the demo: sizes iframe embeds (ours, and WordPress's)
// with the post-embed postMessage protocol. See docs/embed-iframe.md.
import { connectEmbeds } from '../dist/hosted/embed-host.js';

connectEmbeds();
