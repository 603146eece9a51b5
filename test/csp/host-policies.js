// The host page's own Trusted Types policies, made before the drop-in loads, under the default
// names lit-html and DOMPurify would use. Without 'allow-duplicates' a second policy of either
// name is refused: the drop-in must use names of its own.
window.trustedTypes?.createPolicy('lit-html', { createHTML: (s) => s });
window.trustedTypes?.createPolicy('dompurify', { createHTML: (s) => s });
