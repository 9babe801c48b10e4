(() => {
  const root = document.documentElement;
  const key = 'theme';
  const apply = (choice) => {
    if (choice === 'light' || choice === 'dark') root.dataset.theme = choice;
    else delete root.dataset.theme;
    for (const b of document.querySelectorAll('[data-theme-choice]'))
      b.setAttribute('aria-pressed', String(b.dataset.themeChoice === (root.dataset.theme ?? 'auto')));
  };
  const read = () => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  root.classList.add('js');
  apply(read());
  document.addEventListener('DOMContentLoaded', () => apply(read()));
  document.addEventListener('click', (event) => {
    const choice = event.target instanceof Element && event.target.closest('[data-theme-choice]')?.dataset.themeChoice;
    if (!choice) return;
    try {
      if (choice === 'auto') localStorage.removeItem(key);
      else localStorage.setItem(key, choice);
    } catch {}
    apply(choice);
  });
  document.addEventListener(
    'toggle',
    (event) => event.newState === 'open' && event.target.id === 'zoekpaneel' && event.target.querySelector('input')?.focus(),
    true,
  );
})();
