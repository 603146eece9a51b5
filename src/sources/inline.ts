/**
 * Data a page puts inside `<article-card>`: a `<script type="application/json">` (the Article
 * object or any format the loader reads), a `<script type="application/ld+json">`, a
 * `<template>` holding the body, or plain children that are the body (and that readers see
 * before, or without, the script).
 */
import { mergeInputs, type ArticleInput } from '../model/article.js';
import { ArticleError } from '../model/errors.js';
import { toArticleInput } from './index.js';
import { jsonLd } from './json-ld.js';

export interface InlineData {
  input?: ArticleInput;
  error?: ArticleError;
}

const MAX_INLINE_CHARS = 4 * 1024 * 1024;

function parse(script: HTMLScriptElement): unknown {
  const source = script.textContent ?? '';
  if (source.length > MAX_INLINE_CHARS) throw new ArticleError('too-large', 'The inline data is too large.');
  try {
    return JSON.parse(source) as unknown;
  } catch (cause) {
    throw new ArticleError('bad-json', 'The inline JSON is not valid JSON.', { cause });
  }
}

/** Reads the host's inline data. Nothing here throws: problems come back as `error`. */
export function readInline(host: Element, item?: string): InlineData {
  let script: HTMLScriptElement | undefined;
  let template: HTMLTemplateElement | undefined;
  const bodyParts: string[] = [];
  for (const node of Array.from(host.childNodes)) {
    if (node instanceof HTMLScriptElement) {
      const type = node.type.trim().toLowerCase();
      if (!script && (type === 'application/json' || type === 'application/ld+json')) script = node;
    } else if (node instanceof HTMLTemplateElement) {
      template ??= node;
    } else if (node instanceof Element) {
      // The page's own markup, serialized only to go through the sanitizer like any other body.
      bodyParts.push(node.outerHTML);
    } else if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
      bodyParts.push(node.textContent.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`));
    }
  }

  let input: ArticleInput = {};
  if (script) {
    try {
      const value = parse(script);
      const doc = { kind: 'json', value } as const;
      const result = script.type.trim().toLowerCase() === 'application/ld+json' ? jsonLd.toArticle(doc, {}) : toArticleInput(doc, { item });
      if (result instanceof ArticleError) return { error: result };
      input = result;
    } catch (error) {
      return { error: error instanceof ArticleError ? error : new ArticleError('bad-json', String(error)) };
    }
  }
  const body = template ? template.innerHTML : bodyParts.join('');
  if (body.trim() && !input.body) input = mergeInputs(input, { body });
  return Object.keys(input).length || script ? { input } : {};
}
