// Privacy and leaving safely: nothing goes over the network once the widget runs, nothing is
// stored, a shared link carries the selection in the fragment only (host query string and
// history untouched), and the quick exit leaves for the configured page without a way back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, widgetsReady, BASE, widgetFiles, widgetUrl } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/**
 * Counts the page's requests in flight; `idle()` resolves once every request started so far has
 * finished or failed: the signal that nothing the page started is still under way.
 */
function inFlight(page) {
  let open = 0;
  let wake = () => {};
  page.on('request', () => { open += 1; });
  const end = () => { open -= 1; if (open === 0) wake(); };
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  // A request the browser serves without a `requestfinished` event (seen once tier 2 loads in a
  // worker) would keep this waiting forever: after 10 s the list of requests below still decides.
  const settled = new Promise((resolve) => { wake = resolve; });
  return { idle: () => (open <= 0 ? Promise.resolve() : Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 10000))])) };
}

test('after the results show: typing, filtering, paging and saving make no request; no cookies or storage', async () => {
  const { page } = await openPage(browser, 'index.html');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const network = inFlight(page);
  const w = (s) => page.locator(`preventie-wijzer ${s}`);
  const status = await w('.pw-status').textContent();

  await w('input[name="q"]').pressSequentially('loverboy', { delay: 10 });
  await w('.pw-status').filter({ hasNotText: status }).waitFor();
  // Tier 2 (the worker and its index, the only files expected) has loaded and answered.
  await w('.pw-results[data-tier="2"]').waitFor();
  await w('input[name="audience"][value="ouders"]').check();
  await w('.pw-chip').filter({ hasText: 'Ouders' }).waitFor();
  await w('input[name="audience"][value="ouders"]').uncheck();
  await w('input[name="topic"]').first().check();
  await w('input[name="topic"]').first().uncheck();
  await w('input[name="q"]').fill('');
  await w('.pw-status').filter({ hasText: status }).waitFor();
  await w('input[name="age"]').fill('14');
  await w('select[name="school-level"]').selectOption('vmbo-2');
  const shown = await w('.pw-card').count();
  await w('.pw-more').click();
  await page.waitForFunction((n) => document.querySelector('preventie-wijzer').shadowRoot.querySelectorAll('.pw-card').length > n, shown);
  await w('.pw-save').first().click();
  await w('.pw-save').nth(1).click();
  await w('.pw-shortlist').waitFor();
  await w('.pw-share').click();
  await w('.pw-share-url input').waitFor();
  await w('.pw-chip').first().click();
  await w('.pw-clear').first().click();
  // No request the page started is still open.
  await network.idle();

  // The only files fetched after the first results are the widget's own tier 2 (the full-text
  // worker, loaded once the search field is used), each once, and tier 1's records, which tier 2
  // reads its catalogue from (the browser's cache answers: tests/e2e/tier2.test.mjs).
  const tier2 = (await widgetFiles()).filter((f) => f.tier === 'tier-2').map((f) => new URL(`widget/${f.url}`, BASE).href);
  assert.equal(tier2.length, 6, 'tier 2 of widget/manifest.toml: its loader, worker, engine loader, glue, wasm, index');
  const ours = [...tier2, await widgetUrl('preventiewijzer-records.json')];
  assert.deepEqual(requests.filter((r) => !ours.includes(r)), [], 'no request after the widget started, but its own tier 2 and the records it reads');
  assert.equal(new Set(requests).size, requests.length, 'each file once');
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.deepEqual(await page.context().cookies(), []);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, databases: 0, caches: 0, workers: 0 });
  await page.close();
});

/** The selection and filters a widget shows (once it shows the full-text ranking). */
async function view(page, scope = 'preventie-wijzer') {
  await page.locator(`${scope} .pw-results[data-tier="2"]`).waitFor();
  return page.locator(scope).evaluate((host) => {
    const r = host.shadowRoot;
    return {
      text: r.querySelector('input[name="q"]').value,
      age: r.querySelector('input[name="age"]').value,
      checked: [...r.querySelectorAll('input[type="checkbox"]:checked')].map((c) => `${c.name}=${c.value}`),
      shortlist: [...r.querySelectorAll('.pw-shortlist ul li')].map((li) => li.dataset.id),
      cards: [...r.querySelectorAll('.pw-card')].map((c) => c.dataset.id),
    };
  });
}

test('share link round trip: the selection and filters come back; query string and history untouched', async () => {
  const { page } = await openPage(browser, 'index.html?bron=nieuwsbrief&x=1');
  const historyBefore = await page.evaluate(() => history.length);
  const w = (s) => page.locator(`preventie-wijzer ${s}`);
  await w('input[name="q"]').fill('sexting');
  await w('input[name="audience"][value="ouders"]').check();
  await w('.pw-chip').filter({ hasText: 'Ouders' }).waitFor();
  await w('.pw-results[data-tier="2"]').waitFor();
  const saved = await w('.pw-card').evaluateAll((cards) => cards.slice(0, 2).map((c) => c.dataset.id));
  assert.equal(saved.length, 2);
  await w('.pw-save').nth(0).click();
  await w('.pw-save').nth(1).click();
  await w('.pw-shortlist ul li').nth(1).waitFor();
  const before = await view(page);
  assert.deepEqual(before.shortlist, saved);

  await w('.pw-share').click();
  const link = await w('.pw-share-url input').inputValue();
  assert.equal(link, page.url(), 'the address bar holds the link');
  const url = new URL(link);
  assert.equal(url.origin + url.pathname, new URL('index.html', BASE).href);
  assert.equal(url.search, '?bron=nieuwsbrief&x=1', "the host's query string is unchanged");
  // An opaque code (widget/src/share.rs): no search word, filter id or material id readable.
  assert.match(url.hash, /^#pw=[A-Za-z0-9_-]+$/);
  for (const word of ['sexting', 'ouders', ...saved]) assert.ok(!url.hash.toLowerCase().includes(word), `${word} readable in ${url.hash}`);
  assert.equal(await page.evaluate(() => history.length), historyBefore, 'no new history entry');
  await page.close();

  const fresh = (await openPage(browser, link)).page;
  await fresh.locator('preventie-wijzer .pw-shortlist ul li').nth(1).waitFor();
  assert.deepEqual(await view(fresh), before, 'a fresh page shows the same search, filters and selection');
  await fresh.close();
});

test('a shared link of one of two widgets restores that one only', async () => {
  const { page } = await openPage(browser, 'gemeente.html');
  const untouched = await view(page, '#professionals');
  await page.locator('#jongeren input[name="q"]').fill('grooming');
  await page.locator('#jongeren .pw-results[data-tier="2"]').waitFor();
  await page.locator('#jongeren .pw-save').first().click();
  await page.locator('#jongeren .pw-share').click();
  const link = await page.locator('#jongeren .pw-share-url input').inputValue();
  assert.match(new URL(link).hash, /^#pw-jongeren=/);
  const shared = await view(page, '#jongeren');
  await page.close();

  const fresh = (await openPage(browser, link)).page;
  await fresh.locator('#jongeren .pw-shortlist ul li').waitFor();
  assert.deepEqual(await view(fresh, '#jongeren'), shared);
  assert.deepEqual(await view(fresh, '#professionals'), untouched);
  await fresh.close();
});

const EXIT = 'https://www.google.com/';

/** A page whose requests outside the test server are answered by a stub (and recorded). */
async function stubbedPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const outside = [];
  await page.context().route((url) => !url.href.startsWith(BASE), (route) => {
    outside.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="nl"><title>Zoeken</title><p>Niets aan de hand.</p></html>' });
  });
  return { page, outside };
}

for (const how of ['Shift pressed three times', 'the Snel weg button']) {
  test(`quick exit with ${how}: leaves for the configured page, and Back does not return to the search`, async () => {
    const { page, outside } = await stubbedPage();
    await page.goto(new URL('index.html', BASE).href);
    await page.goto(new URL('gemeente.html', BASE).href);
    await widgetsReady(page);
    await page.locator('#jongeren input[name="q"]').fill('loverboy');
    await page.locator('#jongeren .pw-card mark').first().waitFor();
    if (how === 'Shift pressed three times') {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    } else {
      await page.locator('#jongeren .pw-exit-button').click();
    }
    await page.waitForURL(EXIT);
    assert.equal(await page.title(), 'Zoeken');
    assert.deepEqual(outside, [EXIT], 'only the exit page, and that one stubbed');

    await page.goBack();
    assert.equal(page.url(), new URL('index.html', BASE).href, 'Back skips the page with the search');
    await widgetsReady(page);
    const texts = await page.evaluate(() => [...document.querySelectorAll('preventie-wijzer')].map((el) => el.shadowRoot.querySelector('input[name="q"]').value));
    assert.deepEqual(texts, ['']);
    await page.context().close();
  });
}

test('Escape does nothing on a page without a quick exit', async () => {
  const { page, outside } = await stubbedPage();
  await page.goto(new URL('school.html', BASE).href);
  await widgetsReady(page);
  const input = page.locator('preventie-wijzer input[name="q"]');
  const status = page.locator('preventie-wijzer .pw-status');
  const all = await status.textContent();
  await input.fill('sexting');
  await status.filter({ hasNotText: all }).waitFor();
  await page.keyboard.press('Escape');
  // Input is handled in order: once clearing the text after Escape shows in the results, the
  // Escape handler has run (a quick exit would have left the page by then).
  await input.fill('');
  await status.filter({ hasText: all }).waitFor();
  assert.equal(page.url(), new URL('school.html', BASE).href);
  assert.equal(await page.locator('preventie-wijzer .pw-exit-button').count(), 0);
  assert.deepEqual(outside, []);
  await page.context().close();
});
