// <preventie-wijzer>: defines the custom element and starts the WebAssembly widget.
// Load it with one <script type="module" src=".../preventiewijzer.js">. The wasm, the glue, the
// catalogue data and the fallback list are resolved relative to this file, so the widget works
// from any path or CDN. Their names get a content hash at build time (xtask/src/build.rs), so
// hosts may cache them forever; only this file keeps its name.
// Under a strict CSP: no inline script, no eval, styles through a constructed stylesheet.

const CSS = /*CSS*/'';
// The observed attributes, written in by the build from widget/manifest.toml (as CSS is above).
const ATTRIBUTES = /*ATTRIBUTES*/[];
const file = (name) => new URL(name, import.meta.url);
const FALLBACK = file('./preventiewijzer-fallback.html');

function fetched(name) {
  return fetch(file(name)).then((response) => {
    if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
    return response;
  });
}

/**
 * Tier 1 starts downloading as soon as this script runs, all three in parallel: the glue, the
 * wasm (compiled while it streams in) and the catalogue records. Each failure is handled in
 * `start` (the `catch` here only keeps the console free of "unhandled rejection").
 */
const tier1 = {
  glue: import('./preventiewijzer_widget.js'),
  // Without WebAssembly (Lockdown Mode, very old browsers) the module is not even downloaded.
  wasm: typeof WebAssembly === 'object' ? fetched('./preventiewijzer_widget_bg.wasm') : Promise.reject(new Error('WebAssembly is unavailable')),
  records: fetched('./preventiewijzer-records.json').then((response) => response.arrayBuffer()),
};
for (const promise of Object.values(tier1)) promise.catch(() => {});

/** The widget's wasm exports (`mount`, `on_panic`, `helplines_json`, …) once started. */
let wasm;
let started;
let helplines = [];
/** The instance the user last touched: the one to replace with an apology if the wasm panics. */
let active = null;
/** Apps of removed elements, kept for reuse: Yew never frees a destroyed app's listeners. */
const parked = [];
const MAX_PARKED = 8;

/**
 * Tier 2: the full-text engine, shared by all instances. One module worker; where workers are
 * unavailable the same engine runs on the main thread. Full text costs nothing until it is
 * wanted: it loads when someone focuses a search field or types (`wantFullText`), when an app
 * asks a question with words (a restored share link), or, on a fast connection without
 * Save-Data, once the browser is idle after tier 1 (`start`). Meanwhile the tier-1 answer stays
 * on screen, and each instance's latest question waits.
 */
const tier2 = {
  state: 'idle', // idle → loading → ready (or failed)
  worker: null,
  direct: null, // the engine module when it runs on the main thread
  nextId: 1,
  waiting: new Map(), // owner → {json, done}, asked before tier 2 was ready
  answers: new Map(), // id → {owner, done}
  latest: new Map(), // owner → id of its latest question
  // Every `done` is called exactly once (with null when there is no answer): the widget's
  // callbacks are freed when called.
  ask(owner, json, done) {
    this.start();
    if (this.state === 'failed') {
      done(null);
      return;
    }
    if (this.state !== 'ready') {
      this.waiting.get(owner)?.done(null);
      this.waiting.set(owner, { json, done });
      return;
    }
    this.send(owner, json, done);
  },
  send(owner, json, done) {
    const id = this.nextId++;
    this.latest.set(owner, id);
    if (this.direct) {
      const results = this.direct.search_json(json);
      // Asynchronous like the worker's answer, so the widget never re-renders inside its own effect.
      queueMicrotask(() => done(this.latest.get(owner) === id ? results : null));
      return;
    }
    this.answers.set(id, { owner, done });
    this.worker.postMessage({ id, query: json });
  },
  answer({ id, results }) {
    const asked = this.answers.get(id);
    this.answers.delete(id);
    if (asked) asked.done(this.latest.get(asked.owner) === id ? results : null);
  },
  ready() {
    this.state = 'ready';
    for (const [owner, { json, done }] of this.waiting) this.send(owner, json, done);
    this.waiting.clear();
    for (const el of document.querySelectorAll('preventie-wijzer')) {
      el.dispatchEvent(new CustomEvent('preventiewijzer-fulltext-ready', { bubbles: true }));
    }
  },
  failed(error) {
    this.state = 'failed';
    for (const { done } of this.waiting.values()) done(null);
    this.waiting.clear();
    for (const { done } of this.answers.values()) done(null);
    this.answers.clear();
    console.warn('<preventie-wijzer> full-text search is unavailable; the quick search stays:', error);
  },
  async onMainThread() {
    try {
      const { load } = await import('./preventiewijzer-fulltext.js');
      this.direct = { search_json: await load() };
      this.ready();
    } catch (error) {
      this.failed(error);
    }
  },
  start() {
    if (this.state !== 'idle') return;
    this.state = 'loading';
    try {
      this.worker = new Worker(file('./preventiewijzer-worker.js'), { type: 'module' });
    } catch {
      this.onMainThread();
      return;
    }
    this.worker.onmessage = ({ data }) => {
      if (data.ready) this.ready();
      else if (data.failed !== undefined) {
        this.worker.terminate();
        this.worker = null;
        this.onMainThread();
      } else this.answer(data);
    };
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      if (this.state !== 'loading') return;
      this.worker?.terminate();
      this.worker = null;
      this.onMainThread();
    };
  },
};

/** A `refine(queryJson, done)` function for one app (apps outlive elements: see `parked`). */
function refiner() {
  const owner = {};
  return (json, done) => tier2.ask(owner, json, done);
}

const start = () => (started ??= (async () => {
  const glue = await tier1.glue;
  await glue.default({ module_or_path: tier1.wasm });
  const error = glue.open_catalogue(new Uint8Array(await tier1.records));
  if (error) throw new Error(error);
  wasm = glue;
  helplines = JSON.parse(glue.helplines_json());
  glue.on_panic((message) => {
    console.error('<preventie-wijzer> crashed:', message);
    active?._crashed();
  });
  // Tier 1 is in. On a fast connection whose user does not save data, full text loads once the
  // browser is idle; elsewhere it waits until someone focuses the search field or types.
  const connection = navigator.connection;
  if (connection?.effectiveType === '4g' && !connection.saveData) {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => tier2.start(), { timeout: 2000 });
    else setTimeout(() => tier2.start(), 0);
  }
})());

/** A focus or input in an instance's search field: full text is wanted now. */
function wantFullText(event) {
  if (event.target?.matches?.('input[name="q"]')) tier2.start();
}

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

/** "Sorry" and the helplines, built from plain text only. */
function apology(lang) {
  const en = lang === 'en';
  const box = element('div', 'pw pw-failed');
  box.setAttribute('role', 'alert');
  box.append(element('p', '', en
    ? 'Sorry, something went wrong in the search tool. Please reload the page. Need help now?'
    : 'Sorry, er ging iets mis in de zoekhulp. Laad de pagina opnieuw. Nu hulp nodig?'));
  const list = element('ul');
  for (const h of helplines) {
    const li = element('li');
    li.append(element('strong', '', h.name), ' ', en ? h.en : h.nl);
    if (h.phone) {
      const a = element('a', '', `${en ? 'Call' : 'Bel'} ${h.phone}`);
      a.href = `tel:${h.phone.replace(/[^0-9+]/g, '')}`;
      li.append(' ', a);
    }
    list.append(li);
  }
  if (!helplines.length) list.append(element('li', '', en ? 'In immediate danger: call 112.' : 'Bij direct gevaar: bel 112.'));
  box.append(list);
  return box;
}

/** The prerendered catalogue list, and for a CSP that forbids WebAssembly a hint for the site owner. */
async function fallback(error, lang, profile) {
  const box = element('div', 'pw pw-fallback-box');
  // Each engine words it differently: Chromium and WebKit name the directive
  // ("…violates the following Content Security policy directive…", "Refused to create a
  // WebAssembly object because 'unsafe-eval' or 'wasm-unsafe-eval' is not an allowed source…"),
  // Firefox does not ("CompileError: call to WebAssembly.instantiateStreaming() blocked by CSP").
  const csp = /Content Security Policy|wasm-unsafe-eval|unsafe-eval|blocked by CSP/i.test(String(error));
  if (csp) {
    box.append(element('p', 'pw-hint', lang === 'en'
      ? "For the site owner: this widget needs 'wasm-unsafe-eval' in the script-src of the Content-Security-Policy."
      : "Voor de beheerder van deze site: de zoekhulp heeft 'wasm-unsafe-eval' nodig in script-src van de Content-Security-Policy."));
  }
  try {
    const response = await fetch(FALLBACK);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const main = page.querySelector('main');
    if (main) {
      // The page's own <main> holds the widget: the list goes in as a plain <div>.
      const list = element('div', main.className);
      list.append(...[...main.childNodes].map((node) => document.importNode(node, true)));
      fit(list, profile, lang);
      box.append(list);
    }
  } catch {
    box.append(apology(lang));
  }
  return box;
}

/**
 * Orders the prerendered list for the element's `audience`, `age` and `region`, with the engine's
 * hard filters over the data attributes the build writes (src/editor/fallback.rs): a material
 * made for the audience (or its parent group) first, then one suiting it through its parent
 * group; its known ages must include `age` (a narrow range fits best); its region must be one
 * of `region`. Materials that do not fit are hidden behind a "show all" button; helplines
 * serving the audience move to the top, and no helpline is ever hidden.
 */
function fit(list, { audience, age, region }, lang) {
  const words = (value) => (value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
  const [audiences, regions] = [words(audience), words(region)];
  const years = /^\s*\d{1,3}\s*$/.test(age ?? '') ? Number(age) : null;
  const has = (el, name, ids) => ids.some((id) => words(el.dataset[name]).includes(id));
  const helplines = [...list.querySelectorAll('li[data-helpline]')];
  helplines[0]?.parentNode.prepend(...helplines.filter((h) => has(h, 'audiences', audiences)));
  if (!audiences.length && !regions.length && years === null) return;
  const score = (card) => {
    const exact = has(card, 'audiences', audiences);
    if (audiences.length && !exact && !has(card, 'audiencesRelated', audiences)) return null;
    if (regions.length && !regions.includes(card.dataset.region)) return null;
    const [min, max] = [card.dataset.ageMin, card.dataset.ageMax].map((a) => (a === undefined ? null : Number(a)));
    if (years !== null && ((min !== null && years < min) || (max !== null && years > max))) return null;
    const known = (min !== null) + (max !== null);
    const ages = years === null ? 0 : known === 2 ? 1 + 1 / (1 + max - min) : known === 1 ? 1 : 0.25;
    return (exact ? 2 : audiences.length ? 1 : 0) + ages;
  };
  const cards = [...list.querySelectorAll('li.pw-card')];
  const fitting = cards.map((card, i) => ({ card, i, s: score(card) })).filter((c) => c.s !== null).sort((a, b) => b.s - a.s || a.i - b.i);
  if (!fitting.length) return; // nothing fits: the whole list stays, in title order
  cards[0].parentNode.prepend(...fitting.map((c) => c.card));
  const rest = cards.filter((card) => !fitting.some((c) => c.card === card));
  for (const card of rest) card.hidden = true;
  const en = lang === 'en';
  const intro = list.querySelector('.pw-fallback-intro');
  if (intro) {
    intro.textContent = en
      ? `The search tool cannot start here. These ${fitting.length} materials fit this page's settings, best fit first.`
      : `De zoekhulp kan hier niet starten. Deze ${fitting.length} materialen passen bij de instellingen van deze pagina, best passend eerst.`;
  }
  if (rest.length) {
    const all = element('button', 'pw-more', en ? `Show all ${cards.length} materials` : `Toon alle ${cards.length} materialen`);
    all.type = 'button';
    all.addEventListener('click', () => {
      for (const card of rest) card.hidden = false;
      all.remove();
    });
    cards[0].parentNode.after(all);
  }
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

/**
 * Measures the element's colours as the host themes them and, where they fall short, overrides
 * them in a stylesheet of its own (after the main one, so it wins), with one console warning.
 */
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
    guardContrast(this);
    if (!this._tracking) {
      this._tracking = true;
      for (const type of ['pointerdown', 'keydown', 'input', 'focusin']) {
        shadow.addEventListener(type, () => { active = this; }, { capture: true });
      }
      for (const type of ['focusin', 'input']) shadow.addEventListener(type, wantFullText, { capture: true });
    }
    const key = this.id ? `pw-${this.id}` : 'pw';
    const reused = parked.pop();
    if (reused) {
      shadow.replaceChildren(reused.root);
      this._root = reused.root;
      this._widget = reused.widget;
      active = this;
      this._widget.reuse(this._attributes(), key);
      return;
    }
    const root = document.createElement('div');
    shadow.replaceChildren(root);
    this._root = root;
    this._starting = start().then(() => {
      this._starting = null;
      if (!this.isConnected) return;
      active = this;
      this._widget = wasm.mount(root, this._attributes(), key, refiner());
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

if (!customElements.get('preventie-wijzer')) {
  customElements.define('preventie-wijzer', PreventieWijzer);
}
