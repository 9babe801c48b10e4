(() => {
  const script = document.currentScript;
  if (!script || window.buurkrachtEmbeds) return;
  window.buurkrachtEmbeds = true;
  const origin = new URL(script.src).origin;
  const frames = () => document.querySelectorAll(`iframe[src^="${origin}/embed/"]`);
  addEventListener('message', (event) => {
    const height = event.data?.type === 'buurkracht-embed:height' && Number(event.data.height);
    if (event.origin !== origin || !(height > 0 && height < 20000)) return;
    for (const frame of frames()) if (frame.contentWindow === event.source) frame.height = String(Math.ceil(height));
  });
  const ask = () => {
    for (const frame of frames()) frame.contentWindow?.postMessage({ type: 'buurkracht-embed:ask' }, origin);
  };
  ask();
  addEventListener('load', ask);
})();
