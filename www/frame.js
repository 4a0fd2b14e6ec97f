// frame.html: the widget for sites whose editors may place an <iframe> but no script. It reads the
// same settings as the element's attributes from the query string (`?audience=ouders&age=14`),
// plus the theme (`accent`, `text`, `bg`, `muted`, `focus`: colours; `font`; `radius`), and then:
// - reports its height to the page around it (frame-host.js there sets the iframe's height;
//   without it the iframe keeps its own height and scrolls inside);
// - makes the quick exit leave the top page, not only the frame (see `leaveTop`).
// Nothing else goes to the host page: the messages hold a height, or the exit address.
// The only messages taken from the host page are frame-host.js's "I am here" (`{preventiewijzer: 'host'}`)
// and its key releases (`{preventiewijzer: 'key', shift, shiftKey}`: Shift or another key), replayed
// here so that Shift pressed three times on the host page counts for the exit (preventiewijzer-exit.js).

const params = new URLSearchParams(location.search);
const THEME = {
  accent: ['--pw-accent', 'color'], text: ['--pw-text', 'color'], bg: ['--pw-bg', 'color'],
  muted: ['--pw-muted', 'color'], focus: ['--pw-focus', 'color'],
  font: ['--pw-font', 'font-family'], radius: ['--pw-radius', 'border-radius'],
};
const MAX_LENGTH = 500;
const inFrame = window.parent !== window;

/** The element with the query string's settings; what is not a setting is named in one warning. */
async function widget() {
  await customElements.whenDefined('preventie-wijzer');
  // The element's own list, so the frame knows every attribute the widget knows, and no other.
  const attributes = customElements.get('preventie-wijzer').observedAttributes;
  const el = document.createElement('preventie-wijzer');
  const ignored = [];
  const seen = new Set();
  for (const [name, value] of params) {
    if (seen.has(name) || value.length > MAX_LENGTH) {
      ignored.push(name); // a setting counts once, and is short
    } else if (attributes.includes(name)) {
      el.setAttribute(name, value); // the widget checks the value, as for any attribute
    } else if (Object.hasOwn(THEME, name) && CSS.supports(THEME[name][1], value)) {
      el.style.setProperty(THEME[name][0], value);
    } else {
      ignored.push(name);
    }
    seen.add(name);
  }
  if (ignored.length) {
    console.warn(`<preventie-wijzer> frame.html: ignored ${ignored.join(', ')}; settings are ${[...attributes, ...Object.keys(THEME)].join(', ')}`);
  }
  if (el.getAttribute('lang') === 'en') document.documentElement.lang = 'en';
  return el;
}

/** Sends the page's height to the host page whenever it changes. */
function reportHeight() {
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ preventiewijzer: 'height', height }, '*');
    }
  }).observe(document.body);
}

/**
 * The widget leaves by replacing its own page (`location.replace`); in a frame that would leave
 * only the frame. Every navigation of this frame to another site (the widget's only one: result
 * links go to the top page through <base target="_top">) is turned into a replace of the top page.
 * Chromium allows that from a cross-origin frame after a click or key press (and with
 * `allow-top-navigation-by-user-activation` in a sandbox). Where it is refused, frame-host.js in
 * the host page does it on our message; without that, the frame at least leaves itself.
 */
function leaveTop() {
  if (!inFrame || !window.navigation) return;
  // frame-host.js answers our first height message: then it carries out a refused exit.
  let helper = false;
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    if (event.data?.preventiewijzer === 'host') helper = true;
    if (event.data?.preventiewijzer === 'key' && helper) {
      const { shift, shiftKey } = event.data;
      document.dispatchEvent(new KeyboardEvent('keyup', { key: shift ? 'Shift' : 'Unidentified', shiftKey: shiftKey === true }));
    }
  });
  navigation.addEventListener('navigate', (event) => {
    const url = new URL(event.destination.url);
    if (event.destination.sameDocument || !event.cancelable || url.origin === location.origin) return;
    if (!['push', 'replace'].includes(event.navigationType) || url.protocol !== 'https:') return;
    try {
      window.top.location.replace(url.href);
      event.preventDefault();
    } catch {
      // Refused (no user activation, or a sandbox without top navigation): frame-host.js does
      // it on our message; without it, the frame goes instead.
      window.parent.postMessage({ preventiewijzer: 'exit', url: url.href }, '*');
      if (helper) event.preventDefault();
    }
  });
}

leaveTop();
if (inFrame) reportHeight();
widget().then((el) => document.getElementById('zoekhulp').append(el));
