// Keyboard shortcut: "/" focuses the site search box, unless the reader is typing elsewhere.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  // The search page's own box, where there is one; the header's everywhere else.
  const box = (document.querySelector('[data-search-primary]') ?? document.getElementById('site-search-q')) as HTMLInputElement | null;
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
