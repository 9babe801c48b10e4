(() => {
  const query = new URLSearchParams(location.search);
  if (query.get('utm_source') !== 'magazine') return;
  const campaign = query.get('utm_campaign');
  const term = query.get('utm_term') ?? '';
  const key = 'magazine-note-dismissed';
  const notes = [...document.querySelectorAll('[data-magazine-note]')];
  const note = notes.find((n) => n.dataset.utmCampaign === campaign && n.dataset.utmTerm === term) ?? notes.find((n) => n.dataset.utmCampaign === campaign);
  if (!note) return;
  try {
    if (sessionStorage.getItem(key) === note.dataset.magazineNote) return;
  } catch {}
  note.hidden = false;
  note.querySelector('[data-magazine-dismiss]')?.addEventListener('click', () => {
    note.hidden = true;
    try {
      sessionStorage.setItem(key, note.dataset.magazineNote);
    } catch {}
  });
})();
