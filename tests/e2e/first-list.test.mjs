// The first paint on every demo page: each widget's first list (the cards in the first frame
// that shows any) is the CLI's ranking for the profile its attributes set, so the page never
// shows one list and then swaps in another.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, cli, BASE, PAGES, widgetsReady, shownIds, axe } from './browser.mjs';

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
