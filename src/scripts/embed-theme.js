(() => {
  // Figure embeds are light on white unless the embed code asks otherwise: ?thema=donker or ?thema=auto.
  const theme = new URLSearchParams(location.search).get('thema');
  if (theme === 'donker') document.documentElement.dataset.theme = 'dark';
  else if (theme === 'auto') delete document.documentElement.dataset.theme;
})();
