// The iframe embed (www/frame.html) on a host page of another site whose CSP forbids scripts from
// the widget's origin: the widget works with the settings from the query string, the iframe
// takes the widget's height (with www/frame-host.js copied to the host) or scrolls inside its
// fixed height (without), nothing is requested or stored after load, and the quick exit replaces
// the top page, not only the frame. The host page is served by a small server started here, on
// 127.0.0.2 (another site than the widget's 127.0.0.1; both loopback, as Chromium's local-network
// checks require for a page that frames a local one).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { launch, BASE, ARTIFACTS, appShown } from './browser.mjs';

const EXIT = 'https://www.google.com/';
const WIDGET_ORIGIN = new URL(BASE).origin;
const SANDBOX = 'sandbox="allow-scripts allow-same-origin allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox"';
const CSP = `default-src 'none'; script-src 'self'; style-src 'self'; frame-src ${WIDGET_ORIGIN}`;

let HOST;
let server;
/** What the host server answers for `/` (set by each test through `hostPage`). */
let hostHtml = '';
let browser;
let hostScript;
before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launch();
  hostScript = await (await fetch(new URL('frame-host.js', BASE))).text();
  server = createServer((request, response) => {
    const files = {
      '/start': ['text/html', '<!doctype html><html lang="nl"><title>Start</title><p>Start</p></html>'],
      '/host.css': ['text/css', '.preventiewijzer-frame { display: block; width: 100%; height: 500px; border: 0; }'],
      '/frame-host.js': ['text/javascript', hostScript],
      '/': ['text/html', hostHtml],
    };
    const [type, body] = files[new URL(request.url, 'http://host').pathname] ?? ['text/plain', 'not found'];
    response.writeHead(body === 'not found' ? 404 : 200, { 'Content-Type': `${type}; charset=utf-8`, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.2', resolve));
  HOST = `http://127.0.0.2:${server.address().port}/`;
});
after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * A page on the host embedding frame.html?`query`, under a CSP that allows scripts from the host
 * only; with `snippet` it loads its own copy of frame-host.js. Requests leaving both origins are
 * stubbed and recorded in `outside`.
 */
async function hostPage({ query, snippet = true, sandbox = '' }) {
  hostHtml = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title>
    <link rel="stylesheet" href="/host.css">${snippet ? '<script src="/frame-host.js" defer></script>' : ''}</head>
    <body><h1>Gemeente</h1><iframe src="${BASE}frame.html?${query}" title="Preventiewijzer" data-preventiewijzer
    class="preventiewijzer-frame" ${sandbox}></iframe><p>Onder de zoekhulp.</p></body></html>`;
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const outside = [];
  const messages = [];
  await context.route((url) => !url.href.startsWith(BASE) && !url.href.startsWith(HOST), (route) => {
    outside.push(route.request().url());
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="nl"><title>Zoeken</title><p>Niets aan de hand.</p></html>' });
  });
  const page = await context.newPage();
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.goto(`${HOST}start`);
  await page.goto(HOST);
  const frame = page.frameLocator('iframe');
  await appShown(frame);
  const inner = page.frames().find((f) => f.url().startsWith(`${BASE}frame.html`));
  return { context, page, frame, inner, outside, messages };
}

/** The iframe's height in the host page, and the frame document's content and viewport heights. */
async function heights(page, inner) {
  const iframe = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
  const content = await inner.evaluate(() => ({ body: document.body.getBoundingClientRect().height, scroll: document.documentElement.scrollHeight, view: document.documentElement.clientHeight }));
  return { iframe, ...content };
}

test('the top page\'s CSP forbids scripts from the widget\'s origin', async () => {
  const { context, page } = await hostPage({ query: 'audience=ouders' });
  const blocked = await page.evaluate((src) => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.blockedURI), { once: true });
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    document.head.append(script);
  }), `${BASE}widget/preventiewijzer.js`);
  assert.equal(blocked, `${BASE}widget/preventiewijzer.js`);
  assert.equal(await page.evaluate(() => customElements.get('preventie-wijzer')), undefined);
  await context.close();
});

test('with frame-host.js: settings from the query string, the iframe follows the height, no requests or storage, exit leaves the top page', async () => {
  const { context, page, frame, inner, outside, messages } = await hostPage({ query: 'audience=jongeren&age=15&limit=3&lang=nl&colour=red&age=99&accent=%238a0016' });
  assert.ok(await frame.locator('preventie-wijzer input[name="audience"][value="jongeren"]').isChecked());
  assert.equal(await frame.locator('preventie-wijzer input[name="age"]').inputValue(), '15', 'the first age counts');
  assert.equal(await frame.locator('preventie-wijzer .pw-card').count(), 3);
  assert.equal(await frame.locator('preventie-wijzer .pw-title a').first().evaluate((a) => getComputedStyle(a).color), 'rgb(138, 0, 22)', 'accent from the query');
  assert.ok(messages.some((m) => /^warning: .*frame\.html: ignored colour, age;/.test(m)), messages.join('\n'));

  // The iframe takes the content's height (no inner scrolling), and follows it when it changes.
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height !== 500);
  let h = await heights(page, inner);
  assert.ok(Math.abs(h.iframe - h.body) <= 1 && h.scroll <= h.view + 1, JSON.stringify(h));
  await page.screenshot({ path: join(ARTIFACTS, 'frame-host-1000.png'), fullPage: true });

  // Once the full-text engine is in (data-tier="2"), nothing more is fetched.
  await frame.locator('preventie-wijzer input[name="q"]').fill('loverboy');
  await frame.locator('preventie-wijzer .pw-results[data-tier="2"] .pw-card mark').first().waitFor();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  // Folding the filters shortens the page (their column can be taller than the cards), and the
  // iframe follows it down; the next cards lengthen it again.
  const unfolded = (await heights(page, inner)).iframe;
  await frame.locator('preventie-wijzer .pw-filters > summary').first().click();
  await page.waitForFunction((u) => document.querySelector('iframe').getBoundingClientRect().height < u - 50, unfolded);
  const before = (await heights(page, inner)).iframe;
  await frame.locator('preventie-wijzer .pw-more').click();
  await page.waitForFunction((b) => document.querySelector('iframe').getBoundingClientRect().height > b + 50, before);
  h = await heights(page, inner);
  assert.ok(Math.abs(h.iframe - h.body) <= 1, `after "more": ${JSON.stringify(h)}`);
  await frame.locator('preventie-wijzer input[name="q"]').fill('sexting');
  await frame.locator('preventie-wijzer .pw-results[data-tier="2"] .pw-card mark').first().waitFor();
  await frame.locator('preventie-wijzer .pw-save').first().click();
  await frame.locator('preventie-wijzer .pw-shortlist').waitFor();
  assert.deepEqual(requests, [], 'no request after load');
  // Nothing stored (Chromium may not even give a third-party frame its storage).
  const stored = await inner.evaluate(() => {
    const count = (area) => { try { return window[area].length; } catch (error) { return error.name; } };
    return [count('localStorage'), count('sessionStorage'), document.cookie];
  });
  assert.ok([0, 'SecurityError'].includes(stored[0]) && [0, 'SecurityError'].includes(stored[1]) && stored[2] === '', JSON.stringify(stored));
  assert.deepEqual(await context.cookies(), []);

  await frame.locator('preventie-wijzer .pw-exit-button').click();
  await page.waitForURL(EXIT);
  assert.deepEqual(outside, [EXIT]);
  await page.goBack();
  assert.equal(page.url(), `${HOST}start`, 'Back skips the page with the search');
  await context.close();
});

test('without frame-host.js: the iframe keeps its height and scrolls inside; the Snel weg button leaves the top page', async () => {
  const { context, page, frame, inner, outside } = await hostPage({ query: 'audience=jongeren', snippet: false });
  await page.waitForTimeout(300);
  const h = await heights(page, inner);
  assert.equal(h.iframe, 500);
  assert.ok(h.scroll > h.view, `scrolls inside: ${JSON.stringify(h)}`);
  await frame.locator('preventie-wijzer .pw-exit-button').click();
  await page.waitForURL(EXIT);
  assert.deepEqual(outside, [EXIT]);
  await page.goBack();
  assert.equal(page.url(), `${HOST}start`);
  await context.close();
});

test('Shift pressed three times inside the frame leaves the top page', async () => {
  const { context, page, frame, outside } = await hostPage({ query: 'audience=jongeren', snippet: false });
  await frame.locator('preventie-wijzer input[name="q"]').focus();
  await page.keyboard.press('Shift');
  assert.match(await frame.locator('preventie-wijzer .pw-exit-status').textContent(), /nog 2 keer/);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(EXIT);
  assert.deepEqual(outside, [EXIT]);
  await context.close();
});

test('with frame-host.js, Shift pressed three times on the host page (focus outside the frame) leaves the top page', async () => {
  const { context, page, frame, outside } = await hostPage({ query: 'audience=jongeren' });
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height !== 500);
  await page.locator('h1').click();
  await page.keyboard.press('Shift');
  assert.match(await frame.locator('preventie-wijzer .pw-exit-status').textContent(), /nog 2 keer/);
  await page.keyboard.press('a');
  assert.match(await frame.locator('preventie-wijzer .pw-exit-status').textContent(), /gestopt/, 'another key starts the count again');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await page.waitForURL(EXIT);
  assert.deepEqual(outside, [EXIT]);
  await context.close();
});

test(`sandboxed (${SANDBOX}): the widget works, material opens in a new tab, the exit leaves the top page`, async () => {
  const { context, page, frame, outside } = await hostPage({ query: 'audience=jongeren', snippet: false, sandbox: SANDBOX });
  const link = frame.locator('preventie-wijzer .pw-title a').first();
  const href = await link.getAttribute('href');
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await tab.waitForLoadState();
  assert.equal(tab.url(), new URL(href).href);
  assert.equal(await tab.evaluate(() => window.opener), null);
  await tab.close();
  assert.equal(page.url(), HOST, 'the host page stays');
  await frame.locator('preventie-wijzer .pw-exit-button').click();
  await page.waitForURL(EXIT);
  assert.deepEqual(outside, [new URL(href).href, EXIT]);
  await context.close();
});

test('sandboxed, with frame-host.js: an exit the browser refuses to the frame (no user activation left) is carried out by the host page', async () => {
  const { context, page, frame, inner, outside, messages } = await hostPage({ query: 'audience=jongeren', sandbox: SANDBOX });
  await frame.locator('preventie-wijzer input[name="q"]').fill('loverboy');
  // Noted in the host's session storage: a console line logged as the page leaves can be lost.
  await page.evaluate(() => window.addEventListener('message', (e) => { if (e.data?.preventiewijzer === 'exit') sessionStorage.setItem('exit-message', 'yes'); }));
  // A synthetic click 6 s after the last input: Playwright's evaluate counts as user input, and
  // Chromium's transient activation, which the sandbox flag asks for, lasts 5 s.
  await inner.evaluate(() => setTimeout(() => document.querySelector('preventie-wijzer').shadowRoot.querySelector('.pw-exit-button').click(), 6000));
  await page.waitForURL(EXIT, { timeout: 15000 });
  assert.deepEqual(outside, [EXIT], 'the top page left once; the frame did not go itself');
  await page.goBack();
  assert.equal(page.url(), `${HOST}start`);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('exit-message')), 'yes', `the frame asked the host page: ${messages.join('\n')}`);
  await context.close();
});
