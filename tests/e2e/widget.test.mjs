// The demo page in headless Chromium: the widget shows real materials, reacts to typing,
// filters and attributes, and shows the same ranking as `preventiewijzer search`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, cli, shownIds, widgetUrl, BASE, appShown } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ids = (results) => results.hits.map((h) => h.id);

test('the demo page shows the catalogue ranking on load', async () => {
  const { page, messages } = await open(browser);
  const expected = cli();
  assert.ok(expected.total >= 10);
  assert.deepEqual(await shownIds(page, expected.total), ids(expected));
  assert.equal(await page.locator('preventie-wijzer .pw-help li[data-helpline="112"]').count(), 1, '112 is always shown');
  assert.deepEqual(messages.filter((m) => m.startsWith('error') || m.startsWith('pageerror')), []);
  await page.close();
});

test('typing a query shows the same ranking as the CLI', async () => {
  const { page } = await open(browser);
  await page.locator('preventie-wijzer input[type="search"]').pressSequentially('tienerpooier', { delay: 20 });
  const expected = cli('tienerpooier');
  assert.ok(expected.total > 0);
  assert.deepEqual(await shownIds(page, expected.total), ids(expected));
  const firstWhy = await page.locator('preventie-wijzer .pw-card .pw-why').first().textContent();
  assert.match(firstWhy, /zoekwoord: tienerpooier/);
  await page.close();
});

test('clicking filters narrows the list like the CLI does', async () => {
  const { page } = await open(browser);
  await page.locator('preventie-wijzer input[name="audience"][value="ouders"]').check();
  await page.locator('preventie-wijzer input[name="age"]').fill('14');
  const expected = cli('--audience', 'ouders', '--age', '14');
  assert.deepEqual(await shownIds(page, expected.total), ids(expected));
  await page.locator('preventie-wijzer .pw-clear').click();
  const all = cli();
  assert.deepEqual(await shownIds(page, all.total), ids(all));
  await page.close();
});

test('attributes preset the profile, and later changes are applied', async () => {
  const { page, messages } = await open(browser);
  await page.evaluate(() => {
    const el = document.querySelector('preventie-wijzer');
    el.setAttribute('lang', 'en');
    el.setAttribute('audience', 'ouders');
    el.setAttribute('age', '14');
  });
  const expected = cli('--audience', 'ouders', '--age', '14', '--lang', 'en');
  assert.deepEqual(await shownIds(page, expected.total), ids(expected));
  assert.match(await page.locator('preventie-wijzer .pw-status').textContent(), /results?$/);
  assert.ok(await page.locator('preventie-wijzer input[name="audience"][value="ouders"]').isChecked());

  await page.evaluate(() => document.querySelector('preventie-wijzer').setAttribute('audience', 'aliens'));
  const all = cli('--age', '14', '--lang', 'en');
  assert.deepEqual(await shownIds(page, all.total), ids(all), 'an unknown audience is ignored');
  assert.ok(messages.some((m) => m.startsWith('warning') && m.includes('audience="aliens" is ignored') && m.includes('ouders')), messages.join('\n'));
  await page.close();
});

test('the full-text worker answers, and its answer replaces the first one in place', async () => {
  const { page, messages } = await open(browser);
  await page.locator('preventie-wijzer input[type="search"]').pressSequentially('weerbaarheid', { delay: 20 });
  const expected = cli('weerbaarheid');
  assert.deepEqual(await shownIds(page, expected.total), ids(expected));
  assert.equal(await page.locator('preventie-wijzer .pw-results').getAttribute('data-tier'), '2');
  assert.equal(page.workers().length, 1, 'one shared worker runs the full-text engine');
  // The worker itself, spoken to directly: {open} (null: the national index) gives {ready}, then
  // {id, query} gives {id, results}.
  const answer = await page.evaluate((url) => new Promise((resolve, reject) => {
    const worker = new Worker(url, { type: 'module' });
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage({ open: null });
    worker.onmessage = ({ data }) => {
      if (data.ready) worker.postMessage({ id: 7, query: JSON.stringify({ text: 'loverboy', limit: 3 }) });
      else { worker.terminate(); resolve({ id: data.id, results: JSON.parse(data.results) }); }
    };
  }), await widgetUrl('preventiewijzer-tier2-worker.js'));
  assert.equal(answer.id, 7);
  assert.deepEqual(answer.results.hits.map((h) => h.id), cli('loverboy').hits.map((h) => h.id).slice(0, 3));
  assert.deepEqual(messages.filter((m) => m.startsWith('error') || m.startsWith('pageerror')), []);
  await page.close();
});

test('where no Web Worker can start, the full-text engine runs on the main thread and still answers', async () => {
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    window.Worker = class { constructor() { throw new Error('workers are not allowed here'); } };
  });
  await page.goto(BASE);
  await appShown(page);
  await page.locator('preventie-wijzer input[type="search"]').pressSequentially('weerbaarheid', { delay: 20 });
  const expected = cli('weerbaarheid');
  assert.deepEqual(await shownIds(page, expected.total), expected.hits.map((h) => h.id));
  assert.equal(page.workers().length, 0, 'no worker ran');
  assert.deepEqual(messages.filter((m) => m.startsWith('error') || m.startsWith('pageerror')), []);
  await page.close();
});

test('a query without text is exact at once (tier 2 equivalent)', async () => {
  const { page } = await open(browser);
  assert.equal(await page.locator('preventie-wijzer .pw-results').getAttribute('data-tier'), '2');
  await page.close();
});
