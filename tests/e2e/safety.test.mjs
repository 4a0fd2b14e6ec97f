// Safety on a shared phone (issue 17): Shift pressed three times leaves the page, an Escape in a
// host dialog does not; the page is blank before the exit page loads; Back from the
// back-forward cache shows a reset widget (share links: share.test.mjs); the page keeps its height while scrolling; the first result
// is two key presses from the search field; the "Verberg je bezoek" panel; heading-level and
// lang marks; axe finds nothing in every interface language, at 360 and 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { launch, openPage, widgetsReady, focused, axe, BASE, ARTIFACTS } from './browser.mjs';
import { chromium } from 'playwright-core';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const EXIT = 'https://www.google.com/';
const root = fileURLToPath(new URL('../../', import.meta.url));

/** A page whose requests outside the test server get a stub page (and are recorded). */
async function stubbed(b = browser, { hold } = {}) {
  const page = await b.newPage({ viewport: { width: 1280, height: 800 } });
  const outside = [];
  await page.context().route((url) => !url.href.startsWith(BASE), async (route) => {
    outside.push(route.request().url());
    if (hold) await hold(page);
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="nl"><title>Zoeken</title><p>Niets aan de hand.</p></html>' });
  });
  return { page, outside };
}

const status = (page) => page.locator('#jongeren .pw-exit-status');

test('Shift pressed three times anywhere on the page leaves it; progress is announced; a Shift held for a capital does not count', async () => {
  const { page, outside } = await stubbed();
  await page.goto(new URL('gemeente.html', BASE).href);
  await widgetsReady(page);
  // One exit for the page: a single skip link, though two widgets are on it.
  assert.equal(await page.locator('.preventiewijzer-exit-skip a').count(), 1);
  assert.equal(await page.locator('.preventiewijzer-exit-skip a').getAttribute('href'), EXIT);
  // Typing a capital (Shift held with a letter) in the host's own field counts nothing.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<label>Host <input id="host-field"></label>'));
  await page.locator('#host-field').focus();
  await page.keyboard.down('Shift');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Shift');
  assert.equal(await page.locator('#host-field').inputValue(), 'A');
  assert.equal(await status(page).textContent(), '', 'a Shift held for a capital does not count');
  await page.keyboard.press('Shift');
  assert.match(await status(page).textContent(), /nog 2 keer/);
  await page.keyboard.press('Shift');
  assert.match(await status(page).textContent(), /nog 1 keer/);
  assert.equal(await page.locator('#professionals .pw-exit-status').count(), 0, 'the professionals widget has no exit');
  await page.keyboard.press('Shift');
  await page.waitForURL(EXIT);
  assert.deepEqual(outside, [EXIT]);
  await page.context().close();
});

test('another key between the presses starts the count again', async () => {
  const { page, outside } = await stubbed();
  await page.goto(new URL('gemeente.html', BASE).href);
  await widgetsReady(page);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('x');
  assert.match(await status(page).textContent(), /gestopt/);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  assert.equal(page.url(), new URL('gemeente.html', BASE).href);
  assert.deepEqual(outside, []);
  await page.context().close();
});

test('Escape pressed in a host dialog closes the dialog and does not leave; inside the widget it leaves, unless it clears a filled field', async () => {
  const { page, outside } = await stubbed();
  await page.goto(new URL('gemeente.html', BASE).href);
  await widgetsReady(page);
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<dialog id="host-dialog"><label>Zoek op de site <input id="host-search"></label></dialog>');
    document.querySelector('#host-dialog').showModal();
  });
  await page.locator('#host-search').fill('afval');
  await page.keyboard.press('Escape');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  assert.equal(await page.locator('#host-dialog').evaluate((d) => d.open), false, 'the host dialog closed');
  assert.equal(page.url(), new URL('gemeente.html', BASE).href);
  // A host handler that already used Escape (defaultPrevented) inside the widget: nothing.
  await page.evaluate(() => document.querySelector('#jongeren').addEventListener('keydown', (e) => { if (e.key === 'Escape') e.preventDefault(); }, { capture: true, once: true }));
  await page.locator('#jongeren .pw-exit-button').focus();
  await page.keyboard.press('Escape');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  assert.equal(page.url(), new URL('gemeente.html', BASE).href);
  // Escape in the filled search field clears it (the browser's own action for a search box): it stays.
  const q = page.locator('#jongeren input[name="q"]');
  await q.fill('loverboy');
  await page.keyboard.press('Escape');
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  assert.equal(page.url(), new URL('gemeente.html', BASE).href);
  assert.deepEqual(outside, []);
  // Elsewhere in the widget (here the empty field) it leaves.
  await q.fill('');
  await q.focus();
  await page.keyboard.press('Escape');
  await page.waitForURL(EXIT);
  await page.context().close();
});

test('the page is blank while the exit page loads', async () => {
  let release;
  const held = new Promise((r) => { release = r; });
  const { page, outside } = await stubbed(browser, { hold: () => held });
  await page.goto(new URL('gemeente.html', BASE).href);
  await widgetsReady(page);
  // While a navigation is pending the page answers no evaluate (Playwright's or CDP's): it
  // reports each change of its body and title on the console instead.
  const states = [];
  page.on('console', (m) => { if (m.text().startsWith('state ')) states.push(JSON.parse(m.text().slice(6))); });
  await page.evaluate(() => new MutationObserver(() => console.log(`state ${JSON.stringify({ hidden: document.body.hidden, title: document.title })}`))
    .observe(document.documentElement, { attributes: true, childList: true, subtree: true, characterData: true }));
  await page.locator('#jongeren .pw-exit-button').click({ noWaitAfter: true });
  // The exit page is asked for but not answered yet: this page must already be blank.
  while (!outside.length || !states.length) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 200));
  assert.deepEqual(states.at(-1), { hidden: true, title: '' }, JSON.stringify(states));
  assert.deepEqual(outside, [EXIT]);
  release();
  await page.waitForURL(EXIT);
  await page.context().close();
});

test('Back from the back-forward cache shows a reset widget, not the old results', async () => {
  // Playwright turns the back-forward cache off by default; this browser keeps it on.
  const cached = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  try {
    // No request routing here: intercepted pages are not kept in the cache.
    const page = await cached.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(new URL('gemeente.html', BASE).href);
    await widgetsReady(page);
    await page.evaluate(() => window.addEventListener('pageshow', (e) => { window.cameBack = e.persisted; }));
    await page.locator('#jongeren input[name="q"]').fill('loverboy');
    // Tier 2 is fetched once someone types: a page with a download still running is not kept in
    // the cache (it would come back by a fresh load, reset anyway), so wait for the full-text answer.
    await page.locator('#jongeren .pw-results[data-tier="2"] .pw-card mark').first().waitFor();
    await page.locator('#jongeren .pw-save').first().click();
    await page.goto(new URL('index.html', BASE).href);
    // From the cache no load event fires: wait for the commit and the pageshow.
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForFunction(() => window.cameBack !== undefined);
    await widgetsReady(page);
    assert.equal(await page.evaluate(() => window.cameBack), true, 'restored from the back-forward cache');
    await page.waitForFunction(() => document.querySelector('#jongeren').shadowRoot.querySelector('input[name="q"]').value === '');
    assert.equal(await page.locator('#jongeren .pw-shortlist').count(), 0, 'the shortlist is gone');
    assert.equal(await page.locator('#jongeren mark').count(), 0, 'no marked search words');
    assert.equal(await page.evaluate(() => document.body.hidden), false);
  } finally {
    await cached.close();
  }
});

test('where WebAssembly cannot start, the fallback list gets the same exit, panel, skip link and Shift ×3, in the widget\'s language', async () => {
  const { page, outside } = await stubbed();
  await page.goto(new URL('zonder-wasm.html', BASE).href);
  await page.locator('preventie-wijzer .pw-fallback .pw-card').first().waitFor();
  assert.equal(await page.locator('preventie-wijzer .pw-exit').count(), 0, 'a list for parents offers no exit');
  await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<preventie-wijzer id="jong" lang="ar" audience="jongeren"></preventie-wijzer>'));
  await page.locator('#jong .pw-fallback .pw-card').first().waitFor();
  await page.locator('#jong .pw-exit').waitFor();
  assert.equal(await page.locator('#jong .pw-exit-button').textContent(), 'اخرج بسرعة');
  assert.equal(await page.locator('#jong .pw-hide-visit p').count(), 5);
  assert.equal(await page.locator('.preventiewijzer-exit-skip a').getAttribute('href'), EXIT);
  assert.equal(await page.locator('.preventiewijzer-exit-skip').getAttribute('lang'), 'ar');
  await page.keyboard.press('Shift');
  assert.match(await page.locator('#jong .pw-exit-status').textContent(), /^Shift: اضغط مرتين/);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(EXIT);
  assert.deepEqual(outside, [EXIT]);
  await page.context().close();
});

test('Arabic at 360 px with the exit and the open panel: right to left, nothing wider than the screen (screenshot)', async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const { page } = await openPage(browser, 'gemeente.html', { viewport: { width: 360, height: 740 } });
  await page.evaluate(() => document.querySelectorAll('preventie-wijzer').forEach((el) => el.setAttribute('lang', 'ar')));
  await page.waitForFunction(() => [...document.querySelectorAll('preventie-wijzer')].every((el) => el.shadowRoot.querySelector('.pw')?.lang === 'ar'));
  await widgetsReady(page);
  await page.locator('#jongeren .pw-hide-visit summary').click();
  const layout = await page.evaluate(() => {
    const shadow = document.querySelector('#jongeren').shadowRoot;
    const pw = shadow.querySelector('.pw');
    const panel = shadow.querySelector('.pw-hide-visit');
    return {
      direction: getComputedStyle(pw).direction,
      page: { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth },
      widget: { scroll: pw.scrollWidth, client: pw.clientWidth },
      panelBorder: { right: getComputedStyle(panel).borderRightWidth, left: getComputedStyle(panel).borderLeftWidth },
      exitText: shadow.querySelector('.pw-exit-button').textContent,
    };
  });
  await page.screenshot({ path: join(ARTIFACTS, 'safety-gemeente-ar-360.png'), fullPage: true, scale: 'css' });
  assert.equal(layout.direction, 'rtl');
  assert.ok(layout.page.scroll <= layout.page.client, `page scrolls sideways: ${JSON.stringify(layout.page)}`);
  assert.ok(layout.widget.scroll <= layout.widget.client, `widget scrolls sideways: ${JSON.stringify(layout.widget)}`);
  assert.deepEqual(layout.panelBorder, { right: '4px', left: '0px' }, 'the panel\'s bar is on the start side, the right');
  assert.equal(layout.exitText, 'اخرج بسرعة');
  await page.close();
});

// ---- Accessibility findings ----

test('the page keeps its height while the results are scrolled (360 px)', async () => {
  const { page } = await openPage(browser, 'index.html', { viewport: { width: 360, height: 740 } });
  for (let i = 0; i < 3; i++) await page.locator('preventie-wijzer .pw-more').click();
  await page.locator('preventie-wijzer .pw-card').nth(39).waitFor();
  const height = () => page.evaluate(() => document.scrollingElement.scrollHeight);
  const before = await height();
  const seen = [];
  for (let y = 0; y <= before; y += 500) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    seen.push(await height());
  }
  assert.ok(seen.every((h) => h === before), `heights while scrolling: ${before} then ${seen.join(', ')}`);
  await page.close();
});

test('the first result is two key presses from the search field (Tab to "Naar de resultaten", Enter)', async () => {
  const { page } = await openPage(browser, 'school.html');
  await page.locator('preventie-wijzer input[name="q"]').fill('sexting');
  await page.locator('preventie-wijzer .pw-card mark').first().waitFor();
  await page.locator('preventie-wijzer input[name="q"]').focus();
  await page.keyboard.press('Tab');
  const skip = await focused(page);
  assert.equal(skip.className, 'pw-skip', JSON.stringify(skip));
  assert.match(skip.text, /Naar de resultaten/);
  await page.keyboard.press('Enter');
  const first = await focused(page);
  const firstCard = await page.locator('preventie-wijzer .pw-card').first().getAttribute('data-id');
  assert.equal(first?.card, firstCard, JSON.stringify(first));
  await page.close();
});

test('the age hint describes the field and is not part of its name; the help block is a named section', async () => {
  const { page } = await openPage(browser, 'school.html');
  const age = page.locator('preventie-wijzer input[name="age"]');
  const name = await age.evaluate((el) => [...el.labels].map((l) => l.textContent).join(' '));
  assert.equal(name.trim(), 'Leeftijd van de jongere');
  assert.equal(await age.evaluate((el) => el.getRootNode().getElementById(el.getAttribute('aria-describedby'))?.textContent), 'Een getal van 0 tot 99');
  assert.equal(await page.locator('preventie-wijzer aside').count(), 0);
  assert.equal(await page.locator('preventie-wijzer section.pw-help[aria-label]').count(), 1);
  await page.close();
});

test('heading-level sets the top heading level; titles in another language are marked with lang', async () => {
  const { page } = await openPage(browser, 'index.html');
  const el = page.locator('preventie-wijzer');
  assert.equal(await el.locator('h2.pw-sr-only').count(), 1);
  await el.evaluate((e) => e.setAttribute('heading-level', '3'));
  await el.locator('h3.pw-sr-only').waitFor();
  assert.equal(await el.locator('.pw-help h3').count(), 1);
  assert.ok(await el.locator('h4.pw-title').count() > 0);
  assert.equal(await el.locator('h3.pw-title').count(), 0);
  await el.locator('input[name="q"]').fill('Bwise2 Sexual Exploitation');
  const card = el.locator('.pw-card[data-id="bwise2-sexual-exploitation"]');
  await card.waitFor();
  assert.equal(await card.locator('.pw-title').getAttribute('lang'), 'en');
  // Dutch titles in a Dutch interface carry no mark of their own.
  await el.locator('input[name="q"]').fill('loverboy');
  await el.locator('.pw-card mark').first().waitFor();
  assert.ok(await el.locator('.pw-card .pw-title:not([lang])').count() > 0);
  await page.close();
});

test('the Verberg je bezoek panel opens next to the exit and says what the exit does not erase', async () => {
  const { page } = await openPage(browser, 'gemeente.html', { viewport: { width: 360, height: 740 } });
  const panel = page.locator('#jongeren .pw-hide-visit');
  await panel.locator('summary').click();
  const text = await panel.textContent();
  assert.match(text, /wist je geschiedenis niet/);
  assert.match(text, /privévenster/);
  assert.match(text, /alleen deze website/);
  assert.equal(await page.locator('#professionals .pw-hide-visit').count(), 0, 'only where an exit is offered');
  // The exit stays in view while the widget scrolls past.
  await page.locator('#jongeren .pw-card').nth(5).scrollIntoViewIfNeeded();
  const box = await page.locator('#jongeren .pw-exit-button').boundingBox();
  assert.ok(box && box.y >= -1 && box.y < 740, `exit button at ${JSON.stringify(box)}`);
  await page.close();
});

/** The interface languages the build knows: one i18n file each (nl and en before there were files). */
const LANGS = (() => {
  try {
    return readdirSync(`${root}i18n`).filter((f) => f.endsWith('.toml')).map((f) => f.slice(0, -5)).sort();
  } catch {
    return ['en', 'nl'];
  }
})();

for (const lang of LANGS) {
  for (const width of [360, 1280]) {
    test(`axe finds no violations with the exit, the open panel and a share link (${lang}, ${width} px)`, async () => {
      const { page } = await openPage(browser, 'gemeente.html', { viewport: { width, height: 800 } });
      await page.evaluate((l) => document.querySelectorAll('preventie-wijzer').forEach((el) => el.setAttribute('lang', l)), lang);
      await page.waitForFunction((l) => [...document.querySelectorAll('preventie-wijzer')].every((el) => el.shadowRoot.querySelector('.pw')?.lang === l), lang);
      await widgetsReady(page);
      await page.locator('#jongeren .pw-hide-visit summary').click();
      await page.locator('#jongeren .pw-save').first().click();
      await page.locator('#jongeren .pw-share').click();
      await page.keyboard.press('Shift');
      assert.deepEqual(await axe(page), [], `${lang} ${width}`);
      await page.close();
    });
  }
}
