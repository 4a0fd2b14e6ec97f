// The first paint on every demo page: each widget's first list (the cards in the first frame
// that shows any) is the CLI's ranking for the profile its attributes set, so the page never
// shows one list and then swaps in another.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, cli, open, BASE, PAGES, widgetsReady, shownIds, axe } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** CLI arguments for an element's attributes (the profile attributes; `limit` is the page size). */
function cliArgs(attributes) {
  const ids = (value) => (value ?? '').split(/[\s,]+/).filter(Boolean);
  const args = [];
  for (const id of ids(attributes.audience)) args.push('--audience', id);
  if (attributes.age) args.push('--age', attributes.age.trim());
  if (attributes['school-level']) args.push('--school-level', attributes['school-level'].trim());
  for (const id of ids(attributes.topics)) args.push('--topic', id);
  for (const id of ids(attributes['risk-groups'])) args.push('--risk-group', id);
  for (const id of ids(attributes.region)) args.push('--region', id);
  if (attributes.lang) args.push('--lang', attributes.lang);
  if (attributes.limit) args.push('--limit', attributes.limit.trim());
  return args;
}

/** Init script: per widget, the card ids and status line of the first frame that shows cards. */
function recordFirstLists() {
  window.__firstLists = {};
  const poll = () => {
    const all = [...document.querySelectorAll('preventie-wijzer')];
    all.forEach((el, i) => {
      const key = el.id || String(i);
      const cards = el.shadowRoot?.querySelectorAll('.pw-card');
      if (window.__firstLists[key] || !cards?.length) return;
      window.__firstLists[key] = {
        ids: [...cards].map((c) => c.dataset.id),
        status: el.shadowRoot.querySelector('.pw-status')?.textContent ?? '',
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      };
    });
    if (!all.length || all.some((el, i) => !window.__firstLists[el.id || String(i)])) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

for (const [path, count] of Object.entries(PAGES)) {
  test(`${path}: each widget's first list is the CLI ranking for its attributes`, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(recordFirstLists);
    await page.goto(new URL(path, BASE).href);
    await page.waitForFunction((n) => Object.keys(window.__firstLists).length === n, count);
    const lists = await page.evaluate(() => window.__firstLists);
    for (const [key, first] of Object.entries(lists)) {
      const expected = cli(...cliArgs(first.attributes));
      assert.ok(expected.hits.length > 0, `${path} #${key}: the CLI finds materials for ${JSON.stringify(first.attributes)}`);
      assert.deepEqual(first.ids, expected.hits.map((h) => h.id), `${path} #${key} (${JSON.stringify(first.attributes)})`);
      assert.match(first.status, new RegExp(`^${expected.total} `), `${path} #${key}: the first status line counts what the CLI counts`);
    }
    await page.close();
  });
}

// ---- The prerendered first view (src/editor/first.rs, widget/js/preventiewijzer-first.js) ----

/** Whether the build prerenders the first view of an element with these attributes. */
const prerendered = (attributes) => Object.keys(attributes).every((name) => ['id', 'class', 'lang', 'audience', 'limit', 'hide', 'quick-exit'].includes(name))
  && !/[\s,]/.test((attributes.audience ?? '').trim()) && Number(attributes.limit ?? 10) <= 10;

/** Holds the widget's wasm back until `release()`: the app cannot start before then. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/preventiewijzer_widget_bg\.[0-9a-f]+\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Init script: per widget, every frame's visible card ids (from its first card on). */
function recordFrames() {
  window.__frames = {};
  const visible = (card) => card.checkVisibility();
  const poll = () => {
    document.querySelectorAll('preventie-wijzer').forEach((el, i) => {
      const key = el.id || String(i);
      const cards = [...(el.shadowRoot?.querySelectorAll('.pw-card') ?? [])].filter(visible);
      if (cards.length || window.__frames[key]) (window.__frames[key] ??= []).push(cards.map((c) => c.dataset.id).join(' '));
    });
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** Each widget's view: prerendered or not, its card ids, status and whole text. */
const views = (page) => page.evaluate(() => [...document.querySelectorAll('preventie-wijzer')].map((el, i) => {
  const view = el.shadowRoot?.querySelector('.pw-first') ?? el.shadowRoot?.querySelector('.pw');
  return {
    key: el.id || String(i),
    attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    prerendered: Boolean(view?.matches('.pw-first')),
    ids: [...(view?.querySelectorAll('.pw-card') ?? [])].map((c) => c.dataset.id),
    status: view?.querySelector('.pw-status')?.textContent ?? '',
    text: view?.textContent ?? '',
  };
}));

for (const [path, count] of Object.entries(PAGES)) {
  test(`${path}: the prerendered first view, before the app has started, is the CLI ranking; the app takes it over with no empty frame and the same text`, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const release = await holdWasm(page);
    await page.addInitScript(recordFrames);
    await page.goto(new URL(path, BASE).href);
    await page.waitForFunction((n) => document.querySelectorAll('preventie-wijzer').length === n, count);
    const expected = (await views(page)).filter((v) => prerendered(v.attributes));
    await page.waitForFunction((keys) => keys.every((key) => document.querySelector(key ? `preventie-wijzer#${key}` : 'preventie-wijzer')?.shadowRoot?.querySelector('.pw-first .pw-card')),
      expected.map((v) => (/^\d+$/.test(v.key) ? '' : v.key)));
    const before = await views(page);
    for (const view of before) {
      assert.equal(view.prerendered, prerendered(view.attributes), `${path} #${view.key}: a prerendered view exactly for lang and one audience (${JSON.stringify(view.attributes)})`);
      if (!view.prerendered) continue;
      const cli1 = cli(...cliArgs(view.attributes));
      assert.deepEqual(view.ids, cli1.hits.map((h) => h.id), `${path} #${view.key}: the prerendered list is the CLI ranking`);
      assert.match(view.status, new RegExp(`^${cli1.total} `), `${path} #${view.key}: the prerendered status counts what the CLI counts`);
    }
    release();
    await widgetsReady(page);
    const after = await views(page);
    const frames = await page.evaluate(() => window.__frames);
    for (const view of before.filter((v) => v.prerendered)) {
      const app = after.find((v) => v.key === view.key);
      assert.deepEqual(app.ids, view.ids, `${path} #${view.key}: the app keeps the prerendered list`);
      assert.equal(app.text, view.text, `${path} #${view.key}: the app shows the very text of the prerendered view`);
      const shown = frames[view.key];
      assert.ok(shown.every((ids) => ids === view.ids.join(' ')), `${path} #${view.key}: every frame from the first card on shows the same list, never none or two: ${JSON.stringify([...new Set(shown)])}`);
    }
    await page.close();
  });
}

test('on a phone the prerendered view shows its top first and the rest a frame later, all of it below the screen; the app then keeps the whole list', async () => {
  for (const path of ['ouders.html', 'index.html']) {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const release = await holdWasm(page);
    // Per frame: the visible cards' ids, and how far below the screen's bottom the last of them ends.
    await page.addInitScript(() => {
      window.__phone = [];
      const poll = () => {
        const cards = [...(document.querySelector('preventie-wijzer')?.shadowRoot?.querySelectorAll('.pw-card') ?? [])].filter((c) => c.checkVisibility());
        if (cards.length || window.__phone.length) {
          window.__phone.push({ ids: cards.map((c) => c.dataset.id).join(' '), below: cards.at(-1).getBoundingClientRect().bottom - innerHeight, scrolled: scrollY });
        }
        requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    await page.goto(new URL(path, BASE).href);
    await page.waitForFunction(() => document.querySelector('preventie-wijzer')?.shadowRoot?.querySelector('.pw-first .pw-card'));
    const [view] = (await views(page)).filter((v) => v.prerendered);
    assert.ok(view?.ids.length > 3, `${path}: a prerendered view of more than three cards`);
    await page.waitForFunction((n) => window.__phone.some((f) => f.ids.split(' ').length === n), view.ids.length);
    release();
    await widgetsReady(page);
    const frames = await page.evaluate(() => window.__phone);
    const whole = view.ids.join(' ');
    const top = view.ids.slice(0, 3).join(' ');
    const first = frames.findIndex((f) => f.ids === whole);
    assert.ok(first > 0 && frames.slice(0, first).every((f) => f.ids === top), `${path}: the top three, then the whole list: ${JSON.stringify([...new Set(frames.map((f) => f.ids))])}`);
    assert.ok(frames.slice(first).every((f) => f.ids === whole), `${path}: from the whole list on, every frame (the app's too) shows it`);
    for (const f of frames.slice(0, first)) {
      assert.equal(f.scrolled, 0, `${path}: not scrolled`);
      assert.ok(f.below > 0, `${path}: the third card ends below the screen (by ${f.below} px), so what follows it appears off screen`);
    }
    await page.close();
  }
});

test('text typed into the prerendered search field, and its focus, carry into the app', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const release = await holdWasm(page);
  await page.goto(new URL('ouders.html', BASE).href);
  const field = page.locator('preventie-wijzer .pw-first input[name="q"]');
  await field.waitFor();
  await field.click();
  await page.keyboard.type('sexting');
  release();
  await widgetsReady(page);
  const app = page.locator('preventie-wijzer input[name="q"]');
  assert.equal(await app.inputValue(), 'sexting');
  assert.equal(await app.evaluate((input) => input.getRootNode().activeElement === input && input.selectionStart), 7, 'the focus and the caret stay in the field');
  const expected = cli('--audience', 'ouders', 'sexting');
  assert.deepEqual(await shownIds(page, expected.total), expected.hits.map((h) => h.id));
  await page.close();
});

test('the prerendered view has the help, the quick exit where the app has one, and no axe violations', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const release = await holdWasm(page);
  await page.goto(new URL('gemeente.html', BASE).href);
  await page.locator('#jongeren .pw-first .pw-exit-button').waitFor();
  await page.locator('#professionals .pw-first .pw-card').first().waitFor();
  assert.equal(await page.locator('#professionals .pw-exit').count(), 0, 'no exit for professionals');
  for (const id of ['jongeren', 'professionals']) {
    assert.ok(await page.locator(`#${id} .pw-first section.pw-help li[data-helpline]`).count() > 0, `${id}: the help block`);
  }
  assert.equal(await page.locator('#jongeren .pw-first .pw-exit').getAttribute('data-url'), 'https://www.google.com/');
  assert.deepEqual(await axe(page), []);
  release();
  await widgetsReady(page);
  await page.close();
});

// ---- What someone does in the view before the app takes it over ----

/** The widget's filters panel, in the view (`.pw-first`) or in the app. */
const filtersIn = (scope) => `preventie-wijzer ${scope} .pw-filters`;
/** The app's `.pw` (not the view, which is also `.pw`). */
const APP = '.pw:not(.pw-first)';

// Every filter type and the search box's age and school level; narrow (a phone: the filters
// start folded, and the app builds their options only once they are open) and wide; the panel
// left open or closed again after ticking.
const SCENARIOS = [
  { width: 390, ticks: [['audience', 'leraren'], ['topic', 'sexting'], ['format', 'lespakket']], age: '14', keepOpen: true,
    args: ['--audience', 'leraren', '--topic', 'sexting', '--format', 'lespakket', '--age', '14'] },
  { width: 390, ticks: [['risk-group', 'lvb'], ['region', 'nederland']], level: 'vmbo-2', keepOpen: false,
    args: ['--risk-group', 'lvb', '--region', 'nederland', '--school-level', 'vmbo-2'] },
  { width: 390, ticks: [], keepOpen: true, args: [] },
  { width: 390, ticks: [['topic', 'grooming']], keepOpen: true, args: ['--topic', 'grooming'] },
  { width: 1280, ticks: [['cost', 'gratis']], keepOpen: true, args: ['--cost', 'gratis'] },
  { width: 1280, ticks: [['topic', 'grooming'], ['audience', 'ouders']], keepOpen: false, args: ['--topic', 'grooming', '--audience', 'ouders'] },
];

for (const { width, ticks, age, level, keepOpen, args } of SCENARIOS) {
  test(`${width} px wide: filters ticked in the prerendered view (${ticks.map((t) => t.join('=')).join(', ') || 'none'}${age ? `, age ${age}` : ''}${level ? `, ${level}` : ''}), the panel then ${keepOpen ? 'open' : 'closed'}, stay chosen in the app, which shows their list`, async () => {
    const page = await browser.newPage({ viewport: { width, height: 844 } });
    const release = await holdWasm(page);
    await page.goto(new URL('index.html', BASE).href);
    await page.locator('preventie-wijzer .pw-first .pw-card').first().waitFor();
    const summary = page.locator(`${filtersIn('.pw-first')} > summary`);
    const isOpen = () => page.locator(filtersIn('.pw-first')).evaluate((details) => details.open);
    if (!(await isOpen())) await summary.click();
    for (const [name, value] of ticks) await page.locator(`preventie-wijzer .pw-first input[name="${name}"][value="${value}"]`).check();
    if (age) await page.locator('preventie-wijzer .pw-first input[name="age"]').fill(age);
    if (level) await page.locator('preventie-wijzer .pw-first select[name="school-level"]').selectOption(level);
    if (!keepOpen) await summary.click();
    assert.equal(await isOpen(), keepOpen);
    // The control last used in the view, by its name and value (or class, for the panel's summary).
    const focusedIn = (scope) => page.evaluate((scope) => {
      const active = document.querySelector('preventie-wijzer').shadowRoot.activeElement;
      return active?.closest(scope) ? `${active.localName} ${active.name ?? ''} ${active.type === 'checkbox' ? active.value : ''}`.trim() : null;
    }, scope);
    const focused = await focusedIn('.pw-first');
    assert.ok(focused, 'a control in the view has the focus');
    release();
    await widgetsReady(page);
    // The hand-over removes the view and writes the focus in one task.
    await page.waitForFunction(() => !document.querySelector('preventie-wijzer').shadowRoot.querySelector('.pw-first'));
    assert.equal(await focusedIn(APP), focused, 'the focus is on the same control in the app');
    const expected = cli(...args);
    assert.ok(expected.total > 0, `the CLI finds materials for ${args.join(' ')}`);
    assert.deepEqual(await shownIds(page, expected.total), expected.hits.map((h) => h.id), 'the app shows the filtered list');
    assert.equal(await page.locator(filtersIn(APP)).evaluate((details) => details.open), keepOpen, 'the filters panel as it was left');
    if (keepOpen) assert.ok(await page.locator(`preventie-wijzer ${APP} .pw-filters input`).count() > 0, 'with its options');
    if (keepOpen) {
      for (const [name, value] of ticks) {
        assert.ok(await page.locator(`preventie-wijzer ${APP} input[name="${name}"][value="${value}"]`).isChecked(), `${name}=${value} ticked in the app`);
      }
    }
    assert.equal(await page.locator(`preventie-wijzer ${APP} .pw-chip`).count(), ticks.length + (age ? 1 : 0) + (level ? 1 : 0), 'a chip per choice');
    if (age) assert.equal(await page.locator(`preventie-wijzer ${APP} input[name="age"]`).inputValue(), age);
    if (level) assert.equal(await page.locator(`preventie-wijzer ${APP} select[name="school-level"]`).inputValue(), level);
    await page.close();
  });
}

test('the view folds the filters exactly where the app does: below the width it reads from the first view', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const release = await holdWasm(page);
  await page.goto(new URL('index.html', BASE).href);
  const fold = Number(await page.locator(filtersIn('.pw-first')).getAttribute('data-fold-below'));
  assert.ok(fold > 300 && fold < 2000, `a plausible width: ${fold}`);
  release();
  await page.close();
  const seen = [];
  for (const width of [fold - 1, fold]) {
    // index.html gets a prerendered view; school.html (with a school level) the app alone.
    const viewPage = await browser.newPage({ viewport: { width, height: 800 } });
    const hold = await holdWasm(viewPage);
    await viewPage.goto(new URL('index.html', BASE).href);
    const view = await viewPage.locator(filtersIn('.pw-first')).evaluate((details) => details.open);
    hold();
    await viewPage.close();
    const { page: appPage } = await open(browser, 'school.html', { viewport: { width, height: 800 } });
    const app = await appPage.locator(filtersIn(APP)).evaluate((details) => details.open);
    await appPage.close();
    assert.equal(view, app, `${width} px: the view's filters ${view ? 'open' : 'folded'}, the app's ${app ? 'open' : 'folded'}`);
    seen.push(view);
  }
  assert.deepEqual(seen, [false, true], 'folded below the width, open from it');
});

test('`hide` removes the same parts from the view as from the app', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const release = await holdWasm(page);
  const url = new URL('verborgen.html', BASE).href;
  await page.route(url, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="nl"><title>Verborgen</title><script type="module" src="widget/preventiewijzer.js"></script>
      <preventie-wijzer id="zonder-zoeken" audience="ouders" hide="search help"></preventie-wijzer>
      <preventie-wijzer id="zonder-filters" hide="filters"></preventie-wijzer></html>`,
  }));
  await page.goto(url);
  const parts = (id, scope) => page.locator(`#${id} ${scope}`).evaluate((root) => ({
    search: Boolean(root.querySelector('.pw-search')), start: Boolean(root.querySelector('.pw-start')),
    filters: Boolean(root.querySelector('.pw-filters')), help: Boolean(root.querySelector('.pw-help')),
    cards: root.querySelectorAll('.pw-card').length, text: root.textContent,
  }));
  const expected = {
    'zonder-zoeken': { search: false, start: false, filters: true, help: false },
    'zonder-filters': { search: true, start: true, filters: false, help: true },
  };
  const views = {};
  for (const id of Object.keys(expected)) {
    await page.locator(`#${id} .pw-first .pw-card`).first().waitFor();
    views[id] = await parts(id, '.pw-first');
    const { text, cards, ...shown } = views[id];
    assert.deepEqual(shown, expected[id], `${id}: the view's parts`);
    assert.ok(cards > 0, `${id}: the view's list`);
  }
  release();
  await widgetsReady(page);
  for (const id of Object.keys(expected)) {
    assert.deepEqual(await parts(id, APP), views[id], `${id}: the app shows the very parts and text of the view`);
  }
  await page.close();
});

test("the evidence line's age follows the device's date in the view, as in the app", async () => {
  const lines = async (page, scope) => Object.fromEntries(await page.locator(`preventie-wijzer ${scope} .pw-card`).evaluateAll((cards) => cards
    .map((card) => [card.dataset.id, card.querySelector('.pw-evidence')?.textContent ?? null])));
  const seen = [];
  // 2024-01-01: some of the ouders' first materials were rated within the five years before; today, none is.
  for (const now of [new Date(2024, 0, 1, 12), null]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (now) await page.clock.setFixedTime(now);
    const release = await holdWasm(page);
    await page.goto(new URL('ouders.html', BASE).href);
    await page.locator('preventie-wijzer .pw-first .pw-card').first().waitFor();
    const view = await lines(page, '.pw-first');
    release();
    await widgetsReady(page);
    assert.deepEqual(view, await lines(page, APP), `${now ? now.toDateString() : 'today'}: the view's evidence lines are the app's`);
    seen.push(view);
    await page.close();
  }
  assert.notDeepEqual(seen[0], seen[1], 'the date changes a line (else this test checks nothing)');
});
