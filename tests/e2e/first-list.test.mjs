// The first paint on every demo page: each widget's first list (the cards in the first frame
// that shows any) is the CLI's ranking for the profile its attributes set, so the page never
// shows one list and then swaps in another.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, cli, BASE, PAGES } from './browser.mjs';

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
