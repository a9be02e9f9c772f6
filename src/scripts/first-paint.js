(() => {
  const root = document.documentElement;
  let theme;
  try {
    theme = localStorage.getItem('theme');
  } catch {
    theme = null;
  }
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  root.dataset.shortcut = /mac|iphone|ipad|ipod/i.test(navigator.platform) ? 'mac' : 'other';
})();
