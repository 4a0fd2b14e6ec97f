// Accessibility: the keyboard alone gets from the top of a page into the widget and to a result,
// the skip links lead into the widget, and axe-core finds nothing on any page, in Dutch and in
// English, on a desktop and on a phone, and with the shortlist, chips, a share link and the
// exit's panel open in every interface language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, openPage, widgetsReady, focused, tabUntil, axe, BASE, PAGES } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const inSearchField = (f) => f.host && f.tag === 'input' && f.name === 'q';

test('keyboard only: Tab from the top of the page into the search field, type, Tab to the first result', async () => {
  const { page } = await openPage(browser, 'school.html');
  const path = await tabUntil(page, inSearchField, 40);
  assert.equal(path[0].className, 'skiplink', 'the first Tab stop is the skip link');
  await page.keyboard.type('sexting');
  await page.locator('preventie-wijzer .pw-card .pw-why').first().filter({ hasText: 'zoekwoord: sexting' }).waitFor();
  // The full-text answer replaces the first list once it is in: take the first result from it.
  await page.locator('preventie-wijzer .pw-results[data-tier="2"]').waitFor();
  assert.equal(await page.locator('preventie-wijzer input[name="q"]').inputValue(), 'sexting');

  const firstLinked = await page.locator('preventie-wijzer .pw-card:has(.pw-title a)').first().getAttribute('data-id');
  const toResult = await tabUntil(page, (f) => f.card !== null && f.tag === 'a', 150);
  const link = toResult.at(-1);
  assert.equal(link.card, firstLinked, 'the first result with a link, not a later one');
  assert.equal(link.target, '_blank');
  assert.match(link.rel, /\bnoopener\b/);
  assert.match(link.href, /^https:\/\//);
  assert.match(link.outline, /^solid [1-9]/, 'the focus is visible');
  // Everything on the way is a real control inside the widget; nothing is skipped or trapped.
  assert.ok(toResult.every((f) => f && f.host), JSON.stringify(toResult.filter((f) => !f?.host)));

  // Enter opens the material in a new tab without access to this page (the site is stubbed).
  const context = page.context();
  await context.route((url) => !url.href.startsWith(BASE), (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>extern</title>' }));
  const [tab] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
  await tab.waitForLoadState('domcontentloaded');
  assert.equal(tab.url(), link.href);
  assert.equal(await tab.evaluate(() => window.opener), null, 'noopener');
  assert.equal(await page.locator('preventie-wijzer input[name="q"]').inputValue(), 'sexting', 'this page keeps its search');
  await context.close();
});

test('the skip link of each example page leads straight into its widget', async () => {
  for (const [name, host] of [['school.html', 'preventie-wijzer'], ['ouders.html', 'preventie-wijzer'], ['gemeente.html', 'professionals']]) {
    const { page } = await openPage(browser, name);
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).className, 'skiplink', name);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert.ok(inSearchField(f) && f.host === host, `${name}: ${JSON.stringify(f)}`);
    await page.close();
  }
});

/** Sets `lang` on every widget and waits until all of them speak it. */
async function setLang(page, lang) {
  await page.evaluate((l) => document.querySelectorAll('preventie-wijzer').forEach((el) => el.setAttribute('lang', l)), lang);
  await page.waitForFunction((l) => [...document.querySelectorAll('preventie-wijzer')].every((el) => el.shadowRoot.querySelector('.pw')?.lang === l), lang);
  await widgetsReady(page);
}

for (const name of Object.keys(PAGES)) {
  test(`axe finds no violations on ${name} (nl and en, 1280 and 360 wide)`, async () => {
    const { page } = await openPage(browser, name);
    assert.deepEqual(await axe(page), [], `${name} nl 1280`);
    await setLang(page, 'en');
    assert.deepEqual(await axe(page), [], `${name} en 1280`);
    await page.close();

    const phone = (await openPage(browser, name, { viewport: { width: 360, height: 740 } })).page;
    assert.deepEqual(await axe(phone), [], `${name} nl 360`);
    await setLang(phone, 'en');
    assert.deepEqual(await axe(phone), [], `${name} en 360`);
    await phone.close();
  });
}

/** Every interface language: one file in i18n/ each (Dutch, the master, first). */
const LANGS = ['nl', ...readdirSync(fileURLToPath(new URL('../../i18n/', import.meta.url))).filter((f) => f.endsWith('.toml') && f !== 'nl.toml').map((f) => f.slice(0, -5)).sort()];

for (const width of [1280, 360]) {
  test(`axe finds no violations with a query, chips, suggestions, a shortlist, a share link and the exit's panel open, in every language (${width} px)`, async () => {
    const { page } = await openPage(browser, 'gemeente.html', { viewport: { width, height: 800 } });
    for (const id of ['professionals', 'jongeren']) {
      const w = (s) => page.locator(`#${id} ${s}`);
      await w('input[name="q"]').fill('loverboy');
      await w('.pw-card mark').first().waitFor();
      await w('input[name="age"]').fill('15');
      // Saved from the full-text list, so that no answer replaces the list between the two taps.
      await w('.pw-results[data-tier="2"] .pw-card mark').first().waitFor();
      await w('.pw-save').first().click();
      await w('.pw-save').nth(1).click();
      await w('.pw-share').click();
      await w('.pw-share-url input').waitFor();
    }
    await page.locator('#jongeren .pw-hide-visit summary').click();
    for (const lang of LANGS) {
      await setLang(page, lang);
      assert.deepEqual(await axe(page), [], `${lang} ${width}`);
    }
    // No results: the suggestions to drop a filter or fix the spelling.
    await setLang(page, 'nl');
    await page.locator('#professionals input[name="q"]').fill('xqzzy loverbooy');
    await page.locator('#professionals .pw-suggestions').waitFor();
    assert.deepEqual(await axe(page), [], 'no results');
    await page.close();
  });
}

// Any other page in www/ (e.g. the CSP demonstrations) is checked as it loads, with its widget
// started or showing its fallback, under the headers the server sends.
const others = readdirSync(fileURLToPath(new URL('../../www/', import.meta.url))).filter((f) => f.endsWith('.html') && !(f in PAGES));
for (const name of others) {
  test(`axe finds no violations on ${name}`, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(new URL(name, BASE).href);
    await page.waitForFunction(() => [...document.querySelectorAll('preventie-wijzer')].every((el) => el.shadowRoot?.textContent.trim()));
    assert.deepEqual(await axe(page), [], name);
    await page.close();
  });
}
