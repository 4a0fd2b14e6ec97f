// The `data` attribute: a data folder written by `preventiewijzer pack --local` (xtask/src/local.rs
// puts them into the built sites) loads through the attribute; local entries are found by text in
// tier 1 and tier 2 and by the region filter (attribute and the filter group, where the region
// facet keeps national, local, Flemish and UK material apart), carry "In uw regio", and local help
// comes first; a broken folder (bad manifest, bad records, missing files) or a refused address
// leaves the national results working with one console message listing every problem; a hostile
// local catalogue of 5,000 entries, and the same with `javascript:` links, stays inert and bounded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch } from './browser.mjs';

const HOSTILE = process.env.PW_HOSTILE_URL;
const LOCAL_ID = 'voorbeeld-wijkteam-training';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A host page on `base` with one element with the given attributes (served by the test itself). */
async function host(attributes, base = BASE) {
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (m) => messages.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => messages.push({ type: 'pageerror', text: e.message }));
  const url = new URL('gemeente-test.html', base).href;
  const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${v}"`).join('');
  await page.route(url, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title>
      <script type="module" src="widget/preventiewijzer.js"></script></head>
      <body><main><preventie-wijzer${attrs}></preventie-wijzer></main></body></html>`,
  }));
  await page.goto(url);
  await page.locator('preventie-wijzer .pw-card').first().waitFor();
  return { page, messages, widget: page.locator('preventie-wijzer') };
}

test('a data folder built by the CLI loads through the attribute: local entries by text in both tiers, marked, help first', async () => {
  const { page, messages, widget } = await host({ data: 'gemeente-voorbeeld/' });
  const help = await widget.locator('.pw-help li[data-helpline]').evaluateAll((items) => items.map((li) => li.dataset.helpline));
  assert.equal(help[0], 'meldpunt-voorbeeld', `local help comes first: ${help}`);
  assert.ok(help.includes('112'), `national help stays: ${help}`);
  assert.match(await widget.locator('.pw-help li[data-helpline="meldpunt-voorbeeld"] .pw-local').textContent(), /in uw regio/i);

  await widget.locator('input[type="search"]').fill('zuurstokrood');
  // Tier 1 answers at once; tier 2 (the data folder's tantivy index) then replaces the list.
  const card = widget.locator(`.pw-card[data-id="${LOCAL_ID}"]`);
  await card.waitFor();
  await widget.locator(`.pw-results[data-tier="2"] .pw-card[data-id="${LOCAL_ID}"]`).waitFor();
  assert.equal((await card.locator('.pw-local').textContent()).trim(), 'In uw regio');
  // A word the local material shares with national ones: it is searched like the rest.
  await widget.locator('input[type="search"]').fill('wijkteam loverboys');
  await widget.locator(`.pw-results[data-tier="2"] .pw-card[data-id="${LOCAL_ID}"]`).waitFor();
  assert.deepEqual(messages.filter((m) => m.type === 'error' || m.type === 'pageerror'), []);
  await page.close();
});

test('the region filter finds local entries alone, in both tiers', async () => {
  const { page, widget } = await host({ data: 'gemeente-voorbeeld/', region: 'gemeente-voorbeeld' });
  const ids = () => widget.locator('.pw-card').evaluateAll((cards) => cards.map((c) => c.dataset.id));
  assert.deepEqual(await ids(), [LOCAL_ID]);
  await widget.locator('input[type="search"]').fill('training ouders');
  await widget.locator(`.pw-results[data-tier="2"] .pw-card[data-id="${LOCAL_ID}"]`).waitFor();
  assert.deepEqual(await ids(), [LOCAL_ID]);
  await page.close();
});

test('the region filter group keeps national, local, Flemish and UK material apart; choosing the local region works in both tiers', async () => {
  const { page, widget } = await host({ data: 'gemeente-voorbeeld/' });
  const region = widget.locator('fieldset[data-facet="region"]');
  const options = await region.locator('.pw-option').evaluateAll((labels) => Object.fromEntries(labels.map((l) => [
    l.querySelector('input').value, { label: l.querySelector('span').textContent, count: Number(l.querySelector('.pw-count').textContent.replace(/\D/g, '')) }])));
  for (const id of ['nederland', 'gemeente-voorbeeld', 'vlaanderen', 'verenigd-koninkrijk']) assert.ok(options[id]?.count > 0, `${id}: ${JSON.stringify(options)}`);
  assert.equal(options['gemeente-voorbeeld'].count, 1, JSON.stringify(options));
  assert.equal(options['gemeente-voorbeeld'].label, 'Gemeente Voorbeeld');
  const ids = () => widget.locator('.pw-card').evaluateAll((cards) => cards.map((c) => c.dataset.id));
  await region.locator('input[value="gemeente-voorbeeld"]').check();
  await widget.locator(`.pw-card[data-id="${LOCAL_ID}"]`).waitFor();
  assert.deepEqual(await ids(), [LOCAL_ID], 'tier 1: the local region alone');
  await widget.locator('input[type="search"]').fill('ouders');
  await widget.locator(`.pw-results[data-tier="2"] .pw-card[data-id="${LOCAL_ID}"]`).waitFor();
  assert.deepEqual(await ids(), [LOCAL_ID], 'tier 2: the local region alone');
  // Flemish material stays its own: choosing Flanders instead shows no local material.
  await region.locator('input[value="gemeente-voorbeeld"]').uncheck();
  await region.locator('input[value="vlaanderen"]').check();
  await widget.locator('.pw-results[data-tier="2"] .pw-card').first().waitFor();
  assert.equal(await widget.locator(`.pw-card[data-id="${LOCAL_ID}"], .pw-card .pw-local`).count(), 0);
  await page.close();
});

// Each broken folder (xtask/src/local.rs): the problems the one console message must list.
const BROKEN = {
  'kapot/': [/the catalogue records cannot be opened/, /preventiewijzer-index\.000000000bad\.pwi: HTTP 404/],
  'kapot-manifest/': [/preventiewijzer-data\.json: not JSON/],
  'kapot-namen/': [/"records" is not a data file name/, /"index" is not a data file name/],
  'kapot-ontbreekt/': [/preventiewijzer-records\.000000000bad\.json: HTTP 404/, /preventiewijzer-index\.000000000bad\.pwi: HTTP 404/],
};

for (const [folder, problems] of Object.entries(BROKEN)) {
  test(`a broken data folder (${folder}) leaves the national results working, with one console message listing each problem`, async () => {
    const { page, messages, widget } = await host({ data: folder });
    await widget.locator('input[type="search"]').fill('loverboys');
    await widget.locator('.pw-results[data-tier="2"] .pw-card').first().waitFor();
    assert.ok(await widget.locator('.pw-results[data-tier="2"] .pw-card').count() > 3, 'national results in tier 2');
    assert.equal(await widget.locator(`.pw-card[data-id="${LOCAL_ID}"], .pw-local`).count(), 0);
    assert.ok(await widget.locator('.pw-help li[data-helpline="112"]').count() === 1, 'national help stays');
    // The browser itself logs each failed request ("Failed to load resource: … 404"); the
    // widget adds exactly one message.
    const errors = messages.filter((m) => (m.type === 'error' && !m.text.startsWith('Failed to load resource')) || m.type === 'pageerror');
    assert.equal(errors.length, 1, JSON.stringify(messages));
    assert.match(errors[0].text, new RegExp(`data folder "${folder}" cannot be used; showing the national catalogue:\n- `));
    for (const problem of problems) assert.match(errors[0].text, problem);
    assert.equal(errors[0].text.split('\n- ').length - 1, problems.length, `one line per problem: ${errors[0].text}`);
    assert.deepEqual(messages.filter((m) => m.type === 'warning'), [], 'tier 2 opened the national index');
    await page.close();
  });
}

test('an empty data attribute names no folder: the national data, without a message', async () => {
  const { page, messages, widget } = await host({ data: '' });
  await widget.locator('input[type="search"]').fill('loverboys');
  await widget.locator('.pw-results[data-tier="2"] .pw-card').first().waitFor();
  assert.equal(await widget.locator('.pw-local').count(), 0);
  assert.deepEqual(messages.filter((m) => m.type === 'error' || m.type === 'warning' || m.type === 'pageerror'), []);
  await page.close();
});

test('an address that is neither https: nor on the page\'s origin is refused; national results stay', async () => {
  const { page, messages, widget } = await host({ data: 'http://gemeente.example/preventiewijzer/' });
  assert.ok(await widget.locator('.pw-card').count() > 0);
  const errors = messages.filter((m) => m.type === 'error');
  assert.equal(errors.length, 1, JSON.stringify(messages));
  assert.match(errors[0].text, /only https: addresses or addresses on this site are allowed/);
  await page.close();
});

const injected = (root) => ({
  executed: window.__pwx ?? 0,
  elements: root.querySelectorAll('script, img, svg, iframe, style, b').length,
  badLinks: [...root.querySelectorAll('a')].filter((a) => !/^(https:|tel:)/.test(a.getAttribute('href') ?? '')).length,
  onAttributes: [...root.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
});

for (const folder of ['lokaal/', 'lokaal-js/']) {
test(`a hostile local catalogue (${folder}: 5,000 entries, script tags, quote-breaking text${folder === 'lokaal-js/' ? ', javascript: links' : ''}) stays inert and bounded`, { skip: !HOSTILE && 'PW_HOSTILE_URL not set (cargo xtask test sets it)' }, async () => {
  const started = Date.now();
  const { page, messages, widget } = await host({ data: folder }, HOSTILE);
  const firstResults = Date.now() - started;
  await widget.locator('input[type="search"]').fill('zuurstokrood');
  await widget.locator('.pw-results[data-tier="2"] .pw-card[data-id^="xss-local-"]').first().waitFor();
  const card = widget.locator('.pw-card[data-id^="xss-local-"]').first();
  assert.match(await card.locator('.pw-title').textContent(), /<script>window.__pwx=1<\/script>Zuurstokrood lokaal/);
  // A `javascript:` link is not rendered at all (only https: and tel: are); an https: one is.
  assert.equal(await card.locator('.pw-title a').count(), folder === 'lokaal-js/' ? 0 : 1);
  assert.equal(await widget.locator('.pw-help li[data-helpline^="xss-hulp-"] a').count(), folder === 'lokaal-js/' ? 0 : 40);
  assert.equal((await card.locator('.pw-local').textContent()).trim(), 'In uw regio');
  await card.locator('.pw-title').hover();
  await card.locator('.pw-meta').hover();
  await widget.locator('.pw-help li[data-helpline]').first().hover();
  const counts = await page.evaluate((f) => new Function('root', `return (${f})(root)`)(document.querySelector('preventie-wijzer').shadowRoot), injected.toString());
  assert.deepEqual(counts, { executed: 0, elements: 0, badLinks: 0, onAttributes: 0 });
  // Bounded: one page of cards and at most the 20 local lines plus the national ones in the help block.
  assert.ok(await widget.locator('.pw-card').count() <= 50);
  assert.ok(await widget.locator('.pw-help li').count() <= 40);
  assert.deepEqual(messages.filter((m) => m.type === 'error' || m.type === 'pageerror'), []);
  console.log(`hostile local catalogue ${folder}: first results after ${firstResults} ms`);
  await page.close();
});
}
