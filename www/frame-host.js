// frame-host.js: optional helper for a page that shows the Preventiewijzer in an iframe
// (frame.html). Copy this file to your own site, so that a Content-Security-Policy with
// `script-src 'self'` allows it, and load it once on the page:
//
//   <iframe src="https://example.org/preventiewijzer/frame.html?audience=ouders" data-preventiewijzer
//     title="Preventiewijzer: zoek preventiemateriaal en hulp" class="preventiewijzer-frame"></iframe>
//   <script src="/js/frame-host.js" defer></script>
//
// For every <iframe data-preventiewijzer> it does three things, and nothing else:
// - height: the iframe gets the height of its content, so it does not scroll inside;
// - quick exit: when the visitor uses "Snel weg" in the frame, this page is blanked and replaced by
//   the exit page (without the helper the browser allows that only right after a click or key press);
// - Shift pressed three times on this page also leaves: key presses on this page do not reach the
//   frame, so each key released here is passed on as "Shift" or "another key" (never which key),
//   and the frame counts them as it counts its own.
// It accepts a message only from the window of such an iframe and from the origin of its src.
(() => {
  const MIN_HEIGHT = 120;
  const MAX_HEIGHT = 20000;
  const answered = new WeakSet();

  /** The <iframe data-preventiewijzer> whose window sent `event`, if its origin is the src's. */
  function sender(event) {
    for (const frame of document.querySelectorAll('iframe[data-preventiewijzer]')) {
      if (frame.contentWindow !== event.source) continue;
      try {
        return new URL(frame.src, document.baseURI).origin === event.origin ? frame : null;
      } catch {
        return null;
      }
    }
    return null;
  }

  window.addEventListener('message', (event) => {
    const frame = sender(event);
    const data = event.data;
    if (!frame || !data || typeof data !== 'object') return;
    if (data.preventiewijzer === 'height' && Number.isFinite(data.height)) {
      frame.style.height = `${Math.min(Math.max(Math.ceil(data.height), MIN_HEIGHT), MAX_HEIGHT)}px`;
      // Tells the frame this page will carry out an exit the browser refuses to the frame.
      if (!answered.has(frame)) event.source.postMessage({ preventiewijzer: 'host' }, event.origin);
      answered.add(frame);
    } else if (data.preventiewijzer === 'exit' && typeof data.url === 'string' && data.url.startsWith('https://')) {
      document.body.hidden = true;
      window.location.replace(data.url);
    }
  });

  document.addEventListener('keyup', (event) => {
    for (const frame of document.querySelectorAll('iframe[data-preventiewijzer]')) {
      if (!answered.has(frame)) continue;
      const key = { preventiewijzer: 'key', shift: event.key === 'Shift', shiftKey: event.shiftKey };
      frame.contentWindow?.postMessage(key, new URL(frame.src, document.baseURI).origin);
    }
  }, true);
})();
