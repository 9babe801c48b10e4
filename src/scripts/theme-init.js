(() => {
  const root = document.documentElement;
  const key = 'theme';
  const read = () => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const apply = (choice) => {
    if (choice === 'light' || choice === 'dark') root.dataset.theme = choice;
    else delete root.dataset.theme;
    for (const b of document.querySelectorAll('[data-theme-choice]')) {
      b.setAttribute('aria-pressed', String(b.dataset.themeChoice === (root.dataset.theme ?? 'auto')));
    }
  };
  root.classList.add('js');
  apply(read());
  document.addEventListener('DOMContentLoaded', () => apply(read()));
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element && event.target.closest('[data-theme-choice]');
    if (!button) return;
    const choice = button.dataset.themeChoice;
    try {
      if (choice === 'auto') localStorage.removeItem(key);
      else localStorage.setItem(key, choice);
    } catch {}
    apply(choice);
  });
  // The phone header's search panel is a popover: put the cursor in its field as it opens.
  document.addEventListener(
    'toggle',
    (event) => {
      if (event.newState === 'open' && event.target instanceof Element && event.target.id === 'zoekpaneel') event.target.querySelector('input')?.focus();
    },
    true,
  );
})();
