/**
 * Escape hides the glossary tooltip that hover or focus opened (WCAG 1.4.13: content on hover or
 * focus must be dismissible without moving the pointer or focus). It comes back on the next
 * focus or pointer move onto a term.
 */
const root = document.documentElement;
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') root.dataset.tips = 'dismissed';
});
for (const type of ['focusin', 'pointerover'] as const) {
  document.addEventListener(type, (event) => {
    if ((event.target as Element | null)?.closest?.('.dx-term')) delete root.dataset.tips;
  });
}
