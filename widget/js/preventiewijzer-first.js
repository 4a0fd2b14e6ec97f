// The prerendered first view: shown as soon as its small HTML file arrives, long before the
// WebAssembly app (tier 1) has downloaded and started, then handed to the app without a visible
// change. The build renders one view per profile (`preventiewijzer first-lists`,
// src/editor/first.rs: the markup the Yew app renders for that profile before anyone types), and
// the element script fetches its element's one at once, beside tier 1 (`firstView`).
//
// Until the app takes over, links work, the search field, age and school level take input and
// the filters fold open; the app gets what was typed or chosen, the focus and the last button
// pressed (a situation, "bewaar") when it takes over. The quick exit's bar is added by the exit
// module (preventiewijzer-exit.js), as it knows the element's `quick-exit`.

/** The parts `hide` can hide, and what they are in the view (`State::shows` in state.rs). */
const PARTS = { search: '.pw-search, .pw-start', filters: '.pw-filters', help: '.pw-help' };
/** Views shown and not yet taken over: the app's root → the view before it. */
const shown = new WeakMap();

/**
 * Shows `html` (a promise of the view's text) before the app's `root`, for the element `el` with
 * `limit` hits (at most the view's ten), `hide` parts and the landmark `suffix` (its id when no
 * audience names it). Nothing when the app has already rendered, the element has gone, or the
 * view does not fit the limit.
 */
export async function show(el, root, html, { limit, hide, suffix }) {
  const text = await html;
  if (!el.isConnected || root.firstChild || !root.isConnected) return;
  const parsed = new DOMParser().parseFromString(text, 'text/html').body.firstElementChild;
  if (!parsed?.matches('.pw-first')) return;
  const view = document.importNode(parsed, true);
  const cards = [...view.querySelectorAll('.pw-card')];
  const more = view.querySelector('.pw-more');
  const total = Number(more?.dataset.total ?? cards.length);
  if (limit < cards.length) {
    // A smaller page: the first `limit` of the same ranking; "meer tonen" counts them.
    if (!more) return; // (the app shows the button, which this view lacks: better no view)
    cards.slice(limit).forEach((card) => card.remove());
    more.textContent = more.textContent.replace(/\(\d+ \/ \d+\)$/, `(${limit} / ${total})`);
  }
  for (const part of hide) view.querySelectorAll(PARTS[part] ?? ':not(*)').forEach((node) => node.remove());
  if (suffix) {
    for (const landmark of view.querySelectorAll('.pw-search[aria-label], .pw-help[aria-label]')) {
      landmark.setAttribute('aria-label', `${landmark.getAttribute('aria-label')} – ${suffix}`);
    }
  }
  // Folded on a phone, as the app starts them (`browser::is_narrow`): the view carries the
  // width, from the one Rust constant both read (`FOLD_FILTERS_BELOW_PX`).
  const filters = view.querySelector('.pw-filters');
  if (filters) filters.open = innerWidth >= Number(filters.dataset.foldBelow);
  // The rating's line by this device's date, as the app words it (`card::evidence`): older
  // than five years, with its year. The build cannot know the day the view is seen.
  const now = new Date();
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
  for (const line of view.querySelectorAll('.pw-evidence[data-recent-until]')) {
    if (now.getFullYear() > 0 && today > line.dataset.recentUntil) line.textContent = line.dataset.longAgo;
  }
  // On a phone, the top first and the rest a frame later: laid out at once, the whole view (some
  // 150 texts) made the longest task after load on a slow phone (issue 13, goal 2). The rest
  // (further cards, "meer tonen", the help block) lies below the screen's bottom then, so nothing
  // on screen moves or appears (tests/e2e/first-list.test.mjs).
  const phone = filters?.open === false;
  const rest = phone ? [...cards.slice(TOP_CARDS, limit), more, view.querySelector('.pw-help')].filter((node) => node && !node.hidden) : [];
  for (const node of rest) node.hidden = true;
  // The app renders into `root` unseen; `takeover` swaps the two in one step.
  root.hidden = true;
  root.before(view);
  shown.set(root, view);
  requestAnimationFrame(() => nextTask().then(() => rest.forEach((node) => { node.hidden = false; })));
}

/** The cards the view's first frame shows on a phone; the others follow a frame later. */
const TOP_CARDS = 3;

/** Resolves in a new main-thread task (a message, not a timer: timers may be clamped to 4 ms). */
const nextTask = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(null);
});

/**
 * Once the app has rendered into `root`: the view goes and the app shows, in one task (so no
 * frame shows neither or both), and the app gets what happened in the view meanwhile. Resolves
 * when the app shows (or the view was forgotten).
 */
export function takeover(root) {
  const view = shown.get(root);
  if (!view) return Promise.resolve();
  let watch = null;
  let patience = null;
  let shows;
  const showing = new Promise((resolve) => { shows = resolve; });
  const done = () => {
    clearTimeout(patience);
    watch?.disconnect();
    return true;
  };
  const swap = (now = false) => {
    if (!shown.has(root)) { // (forgotten meanwhile)
      shows();
      return done();
    }
    if (!root.querySelector('.pw')) return false;
    // Folded, the app has not built its filter options (app.rs builds them only when open):
    // boxes ticked in the view need them, and an open panel should not show empty for a frame,
    // so the app, still unseen, opens its filters and the swap waits for their options (a
    // second at most; `write` then sets the panel as it was left in the view).
    const filters = root.querySelector('.pw-filters');
    if (!now && filters && !filters.querySelector('input') && (view.querySelector('.pw-filters')?.open || ticked(view))) {
      filters.open = true;
      patience ??= setTimeout(() => swap(true), 1000);
      return false;
    }
    shown.delete(root);
    done();
    handOver(root, view).then(shows);
    return true;
  };
  if (!swap()) {
    watch = new MutationObserver(() => swap());
    watch.observe(root, { childList: true, subtree: true });
  }
  return showing;
}

/**
 * What was typed or ticked goes into the app while it is still unseen (its search and render are
 * one task); a task later the view goes and the app shows (the layout is the next), with what
 * changed in the view meanwhile, the filters as left, the focus and the last button pressed.
 */
async function handOver(root, view) {
  writeValues(root, read(view).values);
  await nextTask();
  const state = read(view);
  view.remove();
  root.hidden = false;
  write(root, state);
}

/** Whether a filter box in the view was ticked or unticked. */
const ticked = (view) => [...view.querySelectorAll('.pw-filters input')].some((box) => box.checked !== box.defaultChecked);

/** The element's attributes changed before the app started: the view no longer fits, it goes. */
export function forget(root) {
  shown.get(root)?.remove();
  shown.delete(root);
  root.hidden = false;
}

/**
 * A control's name in both views: its class or name, and its place among its kind. A checkbox
 * also by its value: each tick changes which options the app lists (those left with no results
 * go), so a box's place among them moves.
 */
function keyOf(scope, el) {
  let kind = el.name ? `[name="${CSS.escape(el.name)}"]` : [...el.classList].map((c) => `.${CSS.escape(c)}`).join('');
  if (el.type === 'checkbox') kind += `[value="${CSS.escape(el.value)}"]`;
  const same = [...scope.querySelectorAll(`${el.localName}${kind}`)];
  return { selector: `${el.localName}${kind}`, index: same.indexOf(el), value: el.value };
}

let pressed = null;
document.addEventListener('click', (event) => {
  const button = event.composedPath().find((node) => node instanceof HTMLButtonElement);
  const view = button?.closest('.pw-first');
  if (view) pressed = { view, key: keyOf(view, button) };
}, true);

/** What someone did in the view: values changed, the filters opened, the focus, the last button pressed. */
function read(view) {
  const values = [...view.querySelectorAll('input, select')]
    .filter((c) => (c.type === 'checkbox' ? c.checked !== c.defaultChecked : c.value !== (c.localName === 'select' ? [...c.options].find((o) => o.defaultSelected)?.value ?? '' : c.defaultValue)))
    .map((c) => ({ ...keyOf(view, c), checked: c.checked, type: c.type }));
  const active = view.getRootNode().activeElement;
  const focus = active && view.contains(active) ? { ...keyOf(view, active), start: active.selectionStart, end: active.selectionEnd } : null;
  const press = pressed?.view === view ? pressed.key : null;
  return { values, focus, press, filtersOpen: view.querySelector('.pw-filters')?.open };
}

/**
 * Gives the app what `read` found, through the events its controls listen to: the values first
 * (the filters' boxes exist only while the app's filters are open), then the filters' open state.
 */
function write(root, { values, focus, press, filtersOpen }) {
  writeValues(root, values);
  const filters = root.querySelector('.pw-filters');
  if (filters && filtersOpen !== undefined && filters.open !== filtersOpen) filters.open = filtersOpen;
  if (focus) {
    const control = find(root, focus);
    control?.focus({ preventScroll: true });
    if (control && focus.start !== null && typeof control.setSelectionRange === 'function') {
      try {
        control.setSelectionRange(focus.start, focus.end);
      } catch { /* a number field has no selection */ }
    }
  }
  if (press) find(root, press)?.click();
}

/** The control of `key` in the app. */
const find = (root, key) => root.querySelectorAll(key.selector)[key.index];

/** Sets the app's controls to `values`, each through the event its control listens to; a control already so is left alone. */
function writeValues(root, values) {
  for (const v of values) {
    const control = find(root, v);
    if (!control) continue;
    if (v.type === 'checkbox') {
      if (control.checked !== v.checked) control.click();
    } else if (control.value !== v.value) {
      control.value = v.value;
      control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input', { bubbles: true }));
    }
  }
}
