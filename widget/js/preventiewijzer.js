// <preventie-wijzer>: defines the custom element and starts the WebAssembly widget.
// Load it with one <script type="module" src=".../preventiewijzer.js">. The wasm, the glue, the
// catalogue data and the fallback list are resolved relative to this file, so the widget works
// from any path or CDN. Their names get a content hash at build time (xtask/src/build.rs), so
// hosts may cache them forever; only this file keeps its name.
// Under a strict CSP: no inline script, no eval, styles through a constructed stylesheet.

const CSS = /*CSS*/'';
// The texts this script shows itself, per language, from i18n/<lang>.toml (`js.*` keys), written
// in by the site build (xtask/src/build.rs): {"nl": {"js.apology": "…"}, "en": {…}}.
const TEXTS = /*TEXTS*/{};
/** The text of `key` in `lang`, else in Dutch (the master text). */
const text = (lang, key) => (TEXTS[lang] ?? {})[key] ?? TEXTS.nl?.[key] ?? '';
// The observed attributes, written in by the build from widget/manifest.toml (as CSS is above).
const ATTRIBUTES = /*ATTRIBUTES*/[];
const file = (name) => new URL(name, import.meta.url);
const FALLBACK = file('./preventiewijzer-fallback.html');
// Imported only when needed: FIT orders the fallback list (no start), DATA opens a data folder.
const FIT = file('./preventiewijzer-fit.js');
const DATA = file('./preventiewijzer-data.js');
// The page's quick exit (Shift ×3, skip link, reset on coming back): beside tier 1, as it must work without WebAssembly.
const reset = (el) => el._widget?.reuse(el._attributes(), el.id ? `pw-${el.id}` : 'pw');
import('./preventiewijzer-exit.js').then(({ install }) => install({ text, reset })).catch((error) => console.error('<preventie-wijzer> the quick exit failed:', error));

// The prerendered first view of an element's profile (`lang` and one or no `audience`), shown
// by preventiewijzer-first.js until the app has started: {lang: {audience: hash}}, written in by
// the build. Any other profile attribute, a data folder or a shared link: no view, the app alone.
const FIRST = /*FIRST*/{};
function firstView(el, root, key) {
  const get = (name) => el.getAttribute(name)?.trim() ?? '';
  const [lang, audience, limit] = [get('lang').toLowerCase().split(/[-_]/)[0] || 'nl', get('audience'), get('limit')];
  const hash = FIRST[lang]?.[audience];
  const shared = location.hash.slice(1).split('&').some((part) => part.startsWith(`${key}=`));
  const page = /^\d+$/.test(limit) && limit >= 1 && limit <= 50 ? Number(limit) : 10; // as state.rs
  if (!hash || shared || page > 10 || el.hasAttribute('data') || ['age', 'school-level', 'topics', 'risk-groups', 'region', 'heading-level'].some(get)) return null;
  const html = fetched(`./preventiewijzer-first-${lang}${audience && `-${audience}`}.${hash}.html`).then((response) => response.text());
  const hide = get('hide').split(/[\s,]+/).filter(Boolean);
  return import('./preventiewijzer-first.js').then((view) => view.show(el, root, html, { limit: page, hide, suffix: !audience && el.id }).then(() => view))
    .catch((error) => console.warn('<preventie-wijzer> no prerendered first view:', error));
}

const fetched = (name) => fetch(file(name)).then((response) => {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  return response;
});

// Tier 1 downloads as soon as this script runs, in parallel: glue, wasm (compiled as it streams)
// and the national records (unless an element names a data folder). Failures are handled in
// `start` (this `catch` only avoids "unhandled rejection").
const national = () => (national.records ??= fetched('./preventiewijzer-records.json').then((response) => response.arrayBuffer()));
const tier1 = {
  glue: import('./preventiewijzer_widget.js'),
  // Without WebAssembly (Lockdown Mode, very old browsers) the module is not even downloaded.
  wasm: typeof WebAssembly === 'object' ? fetched('./preventiewijzer_widget_bg.wasm') : Promise.reject(new Error('WebAssembly is unavailable')),
  records: document.querySelector('preventie-wijzer[data]') ? null : national(),
};
for (const promise of Object.values(tier1)) promise?.catch(() => {});

/** The widget's wasm exports (`mount`, `on_panic`, `helplines_json`, …) once started. */
let wasm, started;
let helplines = [];
/** The instance the user last touched: the one to replace with an apology if the wasm panics. */
let active = null;
/** Apps of removed elements, kept for reuse: Yew never frees a destroyed app's listeners. */
const parked = [];
const MAX_PARKED = 8;

// Tier 2, the full-text engine shared by all instances (preventiewijzer-tier2.js), costs nothing
// until it is wanted: it is imported and started when someone focuses a search field or types,
// when an app asks a question with words (a restored share link), or, on a 4g connection without
// Save-Data, once the browser is idle after tier 1. The tier-1 answer stays on screen meanwhile.
let tier2Loading;
let tier2Folder = null; // a data folder's {index, records} addresses for tier 2; null: the national files
const wantTier2 = () => (tier2Loading ??= import('./preventiewijzer-tier2.js').then(({ tier2 }) => tier2.start(tier2Folder), (error) => {
  console.warn('<preventie-wijzer> full-text search is unavailable; the quick search stays:', error);
  return null;
}));

/** An `askTier2(queryJson, done)` function for one app (apps outlive elements: see `parked`). */
function tier2Asker() {
  const owner = {};
  return (json, done) => wantTier2().then((tier2) => (tier2 ? tier2.ask(owner, json, done) : done(null)));
}

/** Resolves in a new main-thread task (a message, not a timer: timers may be clamped to 4 ms). */
const nextTask = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(null);
});

// Many main-thread tasks, not one (a phone cannot answer a tap during a long one): the wasm's
// start, the records' parse, each step of opening them, the first render, the takeover.
const start = (data) => (started ??= (async () => {
  const glue = await tier1.glue;
  await glue.default({ module_or_path: tier1.wasm });
  tier2Folder = data === null ? null : await (await import(DATA)).openFolder(glue, data, national);
  if (data === null) {
    const records = new Uint8Array(await national());
    await nextTask();
    const error = glue.parse_catalogue(records);
    if (error) throw new Error(error);
    do await nextTask(); while (!glue.open_catalogue_step());
  }
  wasm = glue;
  helplines = JSON.parse(glue.helplines_json());
  glue.on_panic((message) => {
    console.error('<preventie-wijzer> crashed:', message);
    active?._crashed();
  });
  await nextTask();
  // Tier 1 is in. On a fast connection whose user does not save data, full text loads once the
  // browser is idle; elsewhere it waits until someone focuses the search field or types.
  const connection = navigator.connection;
  if (connection?.effectiveType === '4g' && !connection.saveData) {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(wantTier2, { timeout: 2000 });
    else setTimeout(wantTier2, 0);
  }
})());

/** A focus or input in an instance's search field: full text is wanted now. */
const searching = (event) => event.target?.matches?.('input[name="q"]') && wantTier2();

let sheet;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * The type scale's fonts (preventiewijzer.css), looked up while the first view is still on its
 * way: a hidden sample of each size and weight, added in a task of its own (the script's task
 * ends in a forced layout) and laid out in the next frame, then removed, so the first view's or
 * the app's first layout finds them ready (issue 13, goal 2).
 */
function warmFonts(shadow) {
  const sample = element('div', 'pw-warm');
  sample.setAttribute('aria-hidden', 'true');
  sample.append(element('span', 'pw-warm-s', 'Aa'), element('b', 'pw-warm-s', 'Aa'), element('span', '', 'Aa'), element('b', '', 'Aa'), element('b', 'pw-warm-l', 'Aa'));
  shadow.append(sample);
  requestAnimationFrame(() => nextTask().then(() => sample.remove()));
}

/** "Sorry" and the helplines, built from plain text only. */
function apology(lang) {
  const box = element('div', 'pw pw-failed');
  box.setAttribute('role', 'alert');
  speaks(box, lang);
  box.append(element('p', '', text(lang, 'js.apology')));
  const list = element('ul');
  for (const h of helplines) {
    const li = element('li');
    // The line in the page's language (helplines_json: catalogue data and i18n/<lang>.toml).
    li.append(element('strong', '', h.name), ' ', h.lines?.[lang] ?? (lang === 'en' ? h.en : h.nl));
    if (h.phone) {
      const a = element('a', '', `${text(lang, 'js.call')} ${h.phone}`);
      a.href = `tel:${h.phone.replace(/[^0-9+]/g, '')}`;
      li.append(' ', a);
    }
    list.append(li);
  }
  if (!helplines.length) list.append(element('li', '', text(lang, 'js.emergency')));
  box.append(list);
  return box;
}

/** Marks `el` as text in `lang` (inside the Dutch list), with the language's direction. */
function speaks(el, lang) {
  el.lang = lang || 'nl';
  el.dir = text(lang, 'meta.dir') || 'ltr';
  return el;
}

/** The prerendered catalogue list, and for a CSP that forbids WebAssembly a hint for the site owner. */
async function fallback(error, lang, profile) {
  const box = element('div', 'pw pw-fallback-box');
  speaks(box, lang);
  // Chromium and WebKit name the directive ('wasm-unsafe-eval', "Content Security Policy"); Firefox
  // says "CompileError: call to WebAssembly.instantiateStreaming() blocked by CSP".
  const csp = /Content Security Policy|wasm-unsafe-eval|unsafe-eval|blocked by CSP/i.test(String(error));
  if (csp) {
    box.append(element('p', 'pw-hint', text(lang, 'js.csp_hint')));
  }
  try {
    const response = await fetch(FALLBACK);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const main = page.querySelector('main');
    if (main) {
      // The page's own <main> holds the widget: the list goes in as a plain <div>.
      const list = element('div', main.className);
      // The prerendered list is Dutch, left to right, whatever the page's language.
      list.lang = 'nl';
      list.dir = 'ltr';
      list.append(...[...main.childNodes].map((node) => document.importNode(node, true)));
      const { fit } = await import(FIT);
      fit(list, profile, { say: (key) => text(lang, key), speaks: (el) => speaks(el, lang), element });
      box.append(list);
    }
  } catch {
    box.append(apology(lang));
  }
  return box;
}

// ---- Contrast guard: the host's design tokens may be anything; the widget's text stays at WCAG AA ----
/** Our own colours, used where the host's fail (the same defaults as in preventiewijzer.css). */
const SAFE = { text: ['#1a1a1a', '#000000', '#ffffff'], muted: '#4a4a4a', accent: '#0b5394' };
let paint;

/** A CSS colour as sRGB [r, g, b] (0–255), laid over white (and `under`); null when it is not a colour. */
function srgb(value, under) {
  if (!value || !window.CSS.supports('color', value)) return null; // (`CSS` here is our stylesheet)
  // A canvas turns every colour syntax (hex, hsl, oklch, color-mix, names) into sRGB bytes.
  paint ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true });
  for (const layer of ['#ffffff', under, value].filter(Boolean)) {
    paint.fillStyle = layer;
    paint.fillRect(0, 0, 1, 1);
  }
  return [...paint.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

/** The WCAG 2 contrast ratio of two colours (text over background); 1 when either is not a colour. */
function contrast(text, background) {
  const bg = srgb(background);
  const fg = bg && srgb(text, background);
  if (!fg) return 1;
  const luminance = (rgb) => rgb.map((c) => c / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

/**
 * The colours to replace so that text, muted text and links reach 4.5:1 on the background and
 * the focus ring 3:1 (WCAG 1.4.3, 1.4.11), given the element's resolved theme (`--_*`, from
 * `--pw-*`, the host's tokens or our defaults). Replacements are only our own fixed colours.
 */
function contrastFixes(el) {
  const style = getComputedStyle(el);
  const get = (name) => style.getPropertyValue(name).trim();
  const fixes = {};
  let bg = get('--_bg');
  if (!srgb(bg)) bg = fixes['--_bg'] = '#ffffff';
  let text = get('--_text');
  if (contrast(text, bg) < 4.5) {
    // Our dark grey, else black or white (one of those two always reaches 4.5:1).
    text = SAFE.text.find((c) => contrast(c, bg) >= 4.5);
    if (!text) [bg, text] = [fixes['--_bg'] = '#ffffff', SAFE.text[0]];
    fixes['--_text'] = text;
  }
  for (const [name, safe] of [['--_muted', SAFE.muted], ['--_accent', SAFE.accent]]) {
    if (contrast(get(name), bg) < 4.5) fixes[name] = contrast(safe, bg) >= 4.5 ? safe : text;
  }
  // The ring follows the accent unless the host's tokens name its own colour.
  const focus = get('--_focus-color') === get('--_accent') ? (fixes['--_accent'] ?? get('--_accent')) : get('--_focus-color');
  if (contrast(focus, bg) < 3) fixes['--_focus-color'] = text;
  return fixes;
}

// Measures the element's colours as the host themes them; where they fall short, overrides them
// in a stylesheet of its own (after the main one, so it wins), with one console warning.
function guardContrast(el) {
  const shadow = el.shadowRoot;
  if (!shadow) return;
  el._contrastSheet ??= new CSSStyleSheet();
  el._contrastSheet.replaceSync('');
  shadow.adoptedStyleSheets = [styles(), el._contrastSheet];
  const fixes = contrastFixes(el);
  const rules = Object.entries(fixes).map(([name, value]) => `${name}: ${value};`).join(' ');
  if (rules) el._contrastSheet.replaceSync(`:host { ${rules} }`);
  if (rules && rules !== el._contrastWarned) {
    console.warn(`<preventie-wijzer>: the page's colours give too little contrast; the widget uses ${rules}`);
  }
  el._contrastWarned = rules;
}

class PreventieWijzer extends HTMLElement {
  static get observedAttributes() { return ATTRIBUTES; }

  connectedCallback() {
    if (this._widget || this._starting) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    // The stylesheet at once; the contrast guard (a style recalculation and a canvas) too for a
    // parked app, which shows at once, and a task later for a new one: nothing of it shows before
    // its first view or its first render, and both come later than that.
    shadow.adoptedStyleSheets = [styles(), ...shadow.adoptedStyleSheets.slice(1)];
    if (!this._tracking) {
      this._tracking = true;
      for (const type of ['pointerdown', 'keydown', 'input', 'focusin']) {
        shadow.addEventListener(type, () => { active = this; }, { capture: true });
      }
      for (const type of ['focusin', 'input']) shadow.addEventListener(type, searching, { capture: true });
    }
    const key = this.id ? `pw-${this.id}` : 'pw';
    const reused = parked.pop();
    if (reused) {
      shadow.replaceChildren(reused.root);
      guardContrast(this);
      this._root = reused.root;
      this._widget = reused.widget;
      active = this;
      this._widget.reuse(this._attributes(), key);
      return;
    }
    const root = document.createElement('div');
    shadow.replaceChildren(root);
    nextTask().then(() => {
      guardContrast(this);
      warmFonts(shadow);
    });
    this._root = root;
    const first = this._first = firstView(this, root, key);
    const data = this.getAttribute('data');
    if (started && data !== null) started.then(() => import(DATA)).then((m) => m.another(data), () => {});
    this._starting = start(data).then(async () => {
      if (!this.isConnected) return (this._starting = null);
      active = this;
      // A task each, unseen: the first render and each further part, then the app shows (taking
      // over from the prerendered view when it is shown: preventiewijzer-first.js hides the root then).
      const view = root.hidden;
      root.hidden = true;
      const widget = this._widget = wasm.mount(root, this._attributes(), key, tier2Asker());
      do await nextTask(); while (!widget.render_step(this._attributes()));
      await nextTask();
      this._starting = null;
      if (view) await first?.then((shown) => shown?.takeover(root));
      else root.hidden = false;
      guardContrast(this); // the host's stylesheets have surely loaded by now
      this.dispatchEvent(new CustomEvent('preventiewijzer-ready', { bubbles: true }));
    }).catch(async (error) => {
      this._starting = null;
      console.error('<preventie-wijzer> could not start:', error);
      shadow.replaceChildren(await fallback(error, this.getAttribute('lang'), this._attributes()));
    });
  }

  disconnectedCallback() {
    if (active === this) active = null;
    // A moved element is disconnected and connected again at once: keep its state then.
    queueMicrotask(() => { if (!this.isConnected) this._park(); });
  }

  _park() {
    if (this._widget) {
      if (parked.length < MAX_PARKED) {
        this._root.remove();
        this._widget.reuse({}, 'pw-parked'); // forget this element's state right away
        parked.push({ widget: this._widget, root: this._root });
      } else {
        try {
          this._widget.unmount();
          this._widget.free();
        } catch (error) {
          console.error('<preventie-wijzer> could not unmount:', error);
        }
      }
      this._widget = null;
    }
  }

  attributeChangedCallback() {
    // Before the app has started, a prerendered view of the old attributes would be wrong.
    if (!this._widget) this._first?.then((view) => view?.forget(this._root));
    try {
      this._widget?.set_attributes(this._attributes());
    } catch (error) {
      console.error('<preventie-wijzer> could not apply attributes:', error);
    }
  }

  /** Replaces this instance with the apology; other instances keep working. */
  _crashed() {
    this._widget = null;
    this.shadowRoot?.replaceChildren(apology(this.getAttribute('lang')));
  }

  _attributes() {
    return Object.fromEntries(ATTRIBUTES.map((name) => [name, this.getAttribute(name)]));
  }
}

// Defined a task after this script has run: the elements' start (shadow roots, first views'
// requests) is then a task of its own, not part of the script's evaluation (issue 13, goal 2).
nextTask().then(() => {
  if (!customElements.get('preventie-wijzer')) customElements.define('preventie-wijzer', PreventieWijzer);
});
