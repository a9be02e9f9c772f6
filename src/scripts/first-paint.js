// Inlined into every page's <head> (BaseLayout) so it runs before first paint: it
// applies the reader's stored theme and picks the search shortcut's label
// (⌘K on Apple machines, Ctrl K elsewhere). Kept tiny and dependency-free; the
// build hashes this exact text into the Content-Security-Policy.
(() => {
  const root = document.documentElement;
  let theme = null;
  try {
    theme = localStorage.getItem('theme');
  } catch {
    // Storage may be blocked; the system preference then decides.
  }
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  // navigator.platform is old but answers in every browser, unlike userAgentData.
  root.dataset.shortcut = /mac|iphone|ipad|ipod/i.test(navigator.platform) ? 'mac' : 'other';
})();
