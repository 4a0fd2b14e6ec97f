// The quick exit ("Snel weg") for the whole page, however many widgets it holds. preventiewijzer.js
// imports this module at once, beside tier 1, because the exit must work even where WebAssembly
// cannot start (then this module builds the exit bar itself).
//
// As GOV.UK's "Exit this page" (govuk-frontend, components/exit-this-page/exit-this-page.mjs):
// Shift pressed three times anywhere on the page leaves it. Only a Shift pressed on its own
// counts (not one held for a capital letter: its keyup follows a keyup with shiftKey set); up to
// five seconds between presses; any other key starts the count again. Each press is announced in
// the status line of every exit bar. A lone Shift does nothing else on a page, so unlike Escape
// (which closes dialogs and clears search boxes) it cannot throw someone off the site by accident.
// Leaving is always a click on the first exit bar's button: in the widget that is Rust (forget
// everything, blank the page, location.replace; widget/src/components/quick_exit.rs), where
// WebAssembly cannot start it is `leave` here. In frame.html, frame.js turns that replace into
// one of the top page.

const WAIT_MS = 5000;
/** The Rust widget's exit when no `quick-exit` is set but the audience is young people (state.rs). */
const DEFAULT_EXIT = 'https://www.google.com/';
/** The order of the panel's paragraphs, as in quick_exit.rs. */
const PANEL = ['exit.hide_visit_exit', 'exit.hide_visit_history', 'exit.hide_visit_only_this_site', 'exit.hide_visit_private', 'exit.hide_visit_device'];

let tag = 'preventie-wijzer';
let say = (lang, key) => key;
let reset = () => {};
let count = 0;
let timer = null;
let clearTimer = null;
let modified = false;
let skip = null;
const watched = new WeakSet();

/**
 * Starts the page's exit: `text(lang, key)` gives the element script's texts (i18n `exit.*`),
 * `reset(el)` makes a widget forget everything it shows.
 */
export function install(options) {
  ({ tag, text: say, reset } = { tag, text: say, reset, ...options });
  document.addEventListener('keyup', keyup, true);
  window.addEventListener('pageshow', pageshow);
  // Widgets come and go, and render (or fail to start) later: watch the page and each widget.
  new MutationObserver(queueSync).observe(document.documentElement, { childList: true, subtree: true });
  queueSync();
}

/** The language of the widget around `node`, as the texts know it (`ar-EG` is `ar`); Dutch unset. */
const langOf = (node) => (node.closest('[lang]')?.getAttribute('lang') || 'nl').toLowerCase().split(/[-_]/)[0];

/** The exit bars of the connected widgets that offer an exit, in page order. */
function bars() {
  return [...document.querySelectorAll(tag)].map((el) => el.shadowRoot?.querySelector('.pw-exit')).filter(Boolean);
}

function announce(key) {
  for (const bar of bars()) {
    const status = bar.querySelector('.pw-exit-status');
    if (status) status.textContent = key ? say(langOf(bar), key) : '';
  }
}

function keyup(event) {
  if (event.key === 'Shift' && !modified && bars().length) {
    count += 1;
    clearTimeout(clearTimer);
    clearTimeout(timer);
    if (count >= 3) {
      count = 0;
      timer = null;
      exit();
    } else {
      announce(count === 1 ? 'exit.press_two' : 'exit.press_one');
      timer = setTimeout(expire, WAIT_MS);
    }
  } else if (timer) {
    expire();
  }
  modified = event.shiftKey;
}

function expire() {
  clearTimeout(timer);
  timer = null;
  count = 0;
  announce('exit.expired');
  clearTimer = setTimeout(() => announce(null), WAIT_MS);
}

/** Leaves through the first exit bar's button, so every way out is the same code. */
function exit() {
  const bar = bars()[0];
  if (!bar) return;
  announce('exit.leaving');
  bar.querySelector('.pw-exit-button')?.click();
}

/** Blanks the page at once (a slow network must not leave it on screen), then replaces it. */
function leave(url) {
  if (document.body) document.body.hidden = true;
  document.title = '';
  location.replace(url);
}

/** Back from the back-forward cache: no blank page, no count, every widget started afresh. */
function pageshow(event) {
  if (document.body) document.body.hidden = false;
  clearTimeout(timer);
  clearTimeout(clearTimer);
  timer = null;
  count = 0;
  announce(null);
  if (!event.persisted) return;
  for (const el of document.querySelectorAll(tag)) {
    try {
      reset(el);
    } catch (error) {
      console.error('<preventie-wijzer> could not reset:', error);
    }
  }
}

let queued = false;
function queueSync() {
  if (queued) return;
  queued = true;
  queueMicrotask(() => {
    queued = false;
    sync();
  });
}

/**
 * Keeps the page in step with its widgets: each widget's shadow root is watched; a widget that
 * could not start (its no-WebAssembly list) or has not yet (its prerendered first view) gets the
 * exit bar the Rust widget would show; and the
 * page has one skip link to the exit while some widget offers one.
 */
function sync() {
  for (const el of document.querySelectorAll(tag)) {
    if (!el.shadowRoot) continue;
    if (!watched.has(el)) {
      watched.add(el);
      new MutationObserver(queueSync).observe(el.shadowRoot, { childList: true, subtree: true });
    }
    // The no-WebAssembly list, or the prerendered first view shown until the app has started.
    const box = el.shadowRoot.querySelector('.pw-fallback-box, .pw-first');
    if (box && !box.querySelector('.pw-exit')) {
      const url = exitUrl(el);
      // The element's own lang (Dutch when unset, as in Rust), not the page's.
      if (url) box.prepend(...exitBar(langOf(box), url));
    }
  }
  syncSkip(bars()[0]);
}

/** Where the exit of a widget that could not start goes: as `State::exit_url` in Rust. */
function exitUrl(el) {
  const own = el.getAttribute('quick-exit')?.trim();
  if (own && /^https:\/\/[^/?#\s"<>]*\.[^\s"<>]*$/.test(own)) return own;
  const audiences = (el.getAttribute('audience') ?? '').toLowerCase().split(/[\s,]+/);
  return audiences.includes('jongeren') ? DEFAULT_EXIT : null;
}

/** The exit bar and the "Verberg je bezoek" panel, as quick_exit.rs renders them: keep them alike. */
function exitBar(lang, url) {
  const make = (name, className, text) => Object.assign(document.createElement(name), { className, textContent: text ?? '' });
  const bar = make('div', 'pw-exit');
  bar.dataset.url = url;
  const button = make('button', 'pw-exit-button', say(lang, 'exit.button'));
  button.type = 'button';
  button.addEventListener('click', () => leave(url));
  const status = make('span', 'pw-exit-status');
  status.setAttribute('role', 'status');
  bar.append(button, make('span', 'pw-exit-hint', say(lang, 'exit.hint')), status);
  const panel = make('details', 'pw-hide-visit');
  panel.append(make('summary', '', say(lang, 'exit.hide_visit')), ...PANEL.map((key) => make('p', '', say(lang, key))));
  return [bar, panel];
}

/**
 * A skip link to the exit as the page's first (or, after the host's own skip link, second) Tab
 * stop, for keyboard and speech users; shown when focused. It is a real link to the exit page,
 * in a named region so that it is inside a landmark. One for the page, gone when no widget
 * offers an exit.
 */
function syncSkip(bar) {
  if (!bar || !document.body) {
    skip?.remove();
    return;
  }
  if (!skip) {
    skip = document.createElement('div');
    skip.setAttribute('role', 'region');
    skip.className = 'preventiewijzer-exit-skip';
    const link = document.createElement('a');
    skip.append(link);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      exit();
    });
    // Hidden by clipping, not by moving it off screen: a right-to-left page would scroll to it.
    const hide = () => Object.assign(link.style, {
      position: 'absolute', width: '1px', height: '1px', margin: '-1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap',
      insetBlockStart: '', insetInlineStart: '', padding: '', zIndex: '',
    });
    link.addEventListener('focus', () => Object.assign(link.style, {
      position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', width: 'auto', height: 'auto', margin: '0', overflow: 'visible',
      clipPath: 'none', zIndex: '2147483647', padding: '0.75em 1em', background: '#8a0016', color: '#ffffff',
      font: '700 1rem system-ui, sans-serif', outline: '3px solid #ffbf47',
    }));
    link.addEventListener('blur', hide);
    hide();
  }
  const link = skip.firstChild;
  const lang = langOf(bar);
  const label = say(lang, 'exit.skip');
  if (link.getAttribute('href') !== bar.dataset.url) link.setAttribute('href', bar.dataset.url);
  if (link.textContent !== label) {
    link.textContent = label;
    skip.setAttribute('aria-label', label);
    // The page may be in another language than the widget: the link speaks the widget's.
    skip.lang = lang;
    skip.dir = say(lang, 'meta.dir') || 'ltr';
  }
  if (!skip.isConnected) {
    // After the host's own skip link ("naar de inhoud") when the page starts with one.
    const first = document.body.firstElementChild;
    if (first?.matches('a[href^="#"]')) first.after(skip);
    else document.body.prepend(skip);
  }
}
