// Full text costs nothing until it is wanted: tier 2 (the worker, the tantivy wasm and the packed
// index) is fetched once someone focuses the search field or types, or while the browser is idle
// on a fast connection whose user does not save data; meanwhile the tier-1 answer stays shown.
// Tier 2 reads its catalogue from tier 1's records file, which then comes from the browser's cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, cli, shownIds, widgetFiles, widgetUrl, BASE } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ids = (results) => results.hits.map((h) => h.id);
/** Long enough for an idle callback (its timeout is 2 s) to have run. */
const IDLE_MS = 3000;

/**
 * A fresh page (its own context, nothing cached) with `connection` emulated through the DevTools
 * protocol (`saveData`, `latency` in ms); the tier-2 files it requests are collected in `tier2`,
 * and the sizes of each finished request for the records (page and worker) in `records`.
 */
async function openWith(connection) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (connection.latency) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: connection.latency, downloadThroughput: -1, uploadThroughput: -1 });
  }
  if (connection.saveData) await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  const names = (await widgetFiles()).filter((f) => f.tier === 'tier-2').map((f) => new URL(`widget/${f.url}`, BASE).href);
  const tier2 = [];
  context.on('request', (r) => { if (names.includes(r.url())) tier2.push(r.url()); });
  const recordsUrl = await widgetUrl('preventiewijzer-records.json');
  const records = [];
  context.on('requestfinished', (r) => { if (r.url() === recordsUrl) records.push(r.sizes()); });
  await page.addInitScript(() => {
    document.addEventListener('preventiewijzer-tier2-ready', () => { window.__tier2Ready = true; });
  });
  await page.goto(BASE);
  await page.locator('preventie-wijzer .pw-card').first().waitFor();
  return { context, page, tier2, names, records };
}

const seen = (page) => page.evaluate(() => navigator.connection && { type: navigator.connection.effectiveType, saveData: navigator.connection.saveData });

test('with Save-Data on, nothing of tier 2 is fetched until someone types; the tier-1 list stays shown meanwhile', async () => {
  const { context, page, tier2, names } = await openWith({ saveData: true });
  assert.deepEqual(await seen(page), { type: '4g', saveData: true }, 'the emulated connection: fast, but saving data');
  await page.waitForTimeout(IDLE_MS);
  assert.deepEqual(tier2, [], 'no tier-2 request while nobody uses the search field');
  assert.equal(await page.evaluate(() => window.__tier2Ready), undefined);

  // Hold the packed index back, so the tier-1 answer for the typed word can be seen first.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const index = names.find((n) => n.endsWith('.pwi'));
  await context.route(index, async (route) => { await held; await route.continue(); });
  await page.locator('preventie-wijzer input[type="search"]').pressSequentially('weerbaarheid', { delay: 20 });
  await page.locator('preventie-wijzer .pw-results[data-tier="1"] .pw-card').first().waitFor();
  assert.ok(tier2.length > 0, 'typing started tier 2');
  assert.equal(await page.locator('preventie-wijzer .pw-results').getAttribute('data-tier'), '1', 'the quick answer stays until full text is in');
  release();

  const expected = cli('weerbaarheid');
  assert.deepEqual(await shownIds(page, expected.total), ids(expected), 'then the tier-2 list, as the CLI ranks it');
  assert.deepEqual([...new Set(tier2)].sort(), [...names].sort(), 'all of tier 2, once typed');
  await context.close();
});

test('on a slow connection tier 2 waits for focus, and focus alone starts it', async () => {
  const { context, page, tier2 } = await openWith({ latency: 400 });
  assert.equal((await seen(page)).type, '3g', 'the emulated connection is not 4g');
  await page.waitForTimeout(IDLE_MS);
  assert.deepEqual(tier2, [], 'no tier-2 request before the search field is focused');
  await page.locator('preventie-wijzer input[type="search"]').focus();
  await page.waitForFunction(() => window.__tier2Ready === true);
  assert.ok(tier2.length >= 3, `focus fetched tier 2: ${tier2.join(', ')}`);
  await context.close();
});

test('on a fast connection without Save-Data, tier 2 loads once the browser is idle', async () => {
  const { context, page, tier2, names } = await openWith({});
  assert.deepEqual(await seen(page), { type: '4g', saveData: false });
  await page.waitForFunction(() => window.__tier2Ready === true);
  assert.deepEqual([...new Set(tier2)].sort(), [...names].sort(), 'all of tier 2, without any focus or typing');
  assert.equal(await page.locator('preventie-wijzer input[type="search"]').inputValue(), '');
  await context.close();
});

test('tier 2 reads its catalogue from the records tier 1 fetched: the file crosses the network once', async () => {
  const { context, page, records } = await openWith({});
  await page.waitForFunction(() => window.__tier2Ready === true);
  // Playwright reports a finished request a moment after the worker has used it.
  for (let waited = 0; records.length < 2 && waited < 5000; waited += 50) await page.waitForTimeout(50);
  const sizes = await Promise.all(records);
  assert.equal(sizes.length, 2, `asked for twice, by tier 1 and by tier 2: ${JSON.stringify(sizes)}`);
  // A response from the cache has no encoded body (Chromium reports its size as 0 bytes less its headers).
  const bodies = sizes.map((s) => Math.max(0, s.responseBodySize));
  assert.ok(bodies[0] > 0, `tier 1 downloads the records: ${JSON.stringify(sizes)}`);
  assert.equal(bodies[1], 0, `tier 2 gets them from the browser's cache: ${JSON.stringify(sizes)}`);
  const expected = cli('weerbaarheid');
  await page.locator('preventie-wijzer input[type="search"]').fill('weerbaarheid');
  assert.deepEqual(await shownIds(page, expected.total), ids(expected), 'and ranks as the CLI does');
  await context.close();
});
