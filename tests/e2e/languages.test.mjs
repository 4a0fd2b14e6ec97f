// The interface in Arabic, Turkish, Polish and Ukrainian through `lang` (www/talen.html?lang=…):
// interface texts, facet labels and helpline lines in the language; Arabic right to left and
// mirrored, with Dutch material left to right inside it, and no sideways scrolling on a 360 px
// phone (screenshot in PW_ARTIFACTS); axe finds nothing in any of the six languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, axe, ARTIFACTS } from './browser.mjs';

const CSS = new URL('../../widget/js/preventiewijzer.css', import.meta.url);

// What each language file says (i18n/<lang>.toml): the search field's label, the audience
// `ouders` ([vocabulary.audiences]) and the line of helpline 112 ([helplines]).
const LANGUAGES = {
  ar: { dir: 'rtl', search: 'ابحث عن مواد', parents: 'الأهل', emergency: 'في خطر مباشر: اتصل بـ 112.' },
  tr: { dir: 'ltr', search: 'Materyal ara', parents: 'Ebeveynler', emergency: "Acil tehlikede: 112'yi ara." },
  pl: { dir: 'ltr', search: 'Szukaj materiałów', parents: 'Rodzice', emergency: 'W bezpośrednim zagrożeniu: zadzwoń pod 112.' },
  uk: { dir: 'ltr', search: 'Шукати матеріали', parents: 'Батьки', emergency: 'Якщо є пряма небезпека: дзвоніть 112.' },
};
const DUTCH = { search: 'Zoek materiaal', parents: 'Ouders', emergency: 'Bij direct gevaar: bel 112.' };

let browser;
before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launch();
});
after(async () => { await browser?.close(); });

/** talen.html in `lang`, once the widget speaks it and shows results. */
async function openIn(lang, viewport = { width: 1280, height: 800 }) {
  const { page, messages } = await openPage(browser, `talen.html?lang=${lang}`, { viewport });
  await page.waitForFunction((l) => document.querySelector('preventie-wijzer').shadowRoot.querySelector('.pw')?.lang === l, lang);
  await page.locator('preventie-wijzer .pw-card').first().waitFor();
  return { page, messages };
}

/** The widget's visible text. */
const widgetText = (page) => page.evaluate(() => document.querySelector('preventie-wijzer').shadowRoot.querySelector('.pw').innerText);

test('the widget\'s CSS says start and end, not left and right, so a right-to-left language mirrors', () => {
  const css = readFileSync(CSS, 'utf8').replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''));
  const physical = /\b(?:(?:margin|padding|border)-(?:left|right)(?:-[a-z]+)?|left|right)\s*:|\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b/g;
  const found = css.split('\n').flatMap((line, i) => [...line.matchAll(physical)].map((m) => `line ${i + 1}: ${m[0]}`));
  assert.deepEqual(found, [], 'use margin-inline-start, padding-inline-end, border-inline-start, inset-inline-start, text-align: start …');
});

for (const [lang, want] of Object.entries(LANGUAGES)) {
  test(`${lang}: interface, facet labels and helplines in the language, direction ${want.dir}`, async () => {
    const { page, messages } = await openIn(lang);
    const root = page.locator('preventie-wijzer .pw').first();
    assert.equal(await root.getAttribute('lang'), lang);
    assert.equal(await root.getAttribute('dir'), want.dir === 'rtl' ? 'rtl' : null, 'dir="rtl" only for a right-to-left language');
    assert.equal(await root.evaluate((el) => getComputedStyle(el).direction), want.dir);
    const text = await widgetText(page);
    for (const key of ['search', 'parents', 'emergency']) {
      assert.ok(text.includes(want[key]), `${lang}: shows ${key} "${want[key]}"`);
      assert.ok(!text.includes(DUTCH[key]), `${lang}: no Dutch ${key} "${DUTCH[key]}"`);
    }
    // The helpline keeps its number and its call link.
    const call = page.locator('preventie-wijzer .pw-help li[data-helpline="112"] a[href="tel:112"]');
    assert.equal(await call.count(), 1, `${lang}: 112 can be called`);
    // The materials keep their own language: a card has the same title as on the Dutch page.
    const titles = (p) => p.locator('preventie-wijzer .pw-card').evaluateAll((cards) => cards.map((c) => [c.dataset.id, c.querySelector('.pw-title').textContent.trim()]));
    const dutch = await openIn('nl');
    const inDutch = new Map(await titles(dutch.page));
    await dutch.page.close();
    const both = (await titles(page)).filter(([id]) => inDutch.has(id));
    assert.ok(both.length > 0, `${lang}: some material is on both pages`);
    for (const [id, title] of both) assert.equal(title, inDutch.get(id), `${lang}: ${id} keeps its title`);
    assert.deepEqual(messages.filter((m) => m.startsWith('error') || m.startsWith('pageerror')), []);
    await page.close();
  });
}

test('ar at 360 px: right to left and mirrored, Dutch material left to right, no sideways scrolling (screenshot)', async () => {
  const { page } = await openIn('ar', { width: 360, height: 740 });
  const layout = await page.evaluate(() => {
    const shadow = document.querySelector('preventie-wijzer').shadowRoot;
    const pw = shadow.querySelector('.pw');
    const help = getComputedStyle(shadow.querySelector('.pw-help'));
    const title = shadow.querySelector('.pw-card .pw-title');
    // Where the help heading's text starts: at the right edge of its box in a mirrored layout.
    const heading = shadow.querySelector('.pw-help h2');
    const range = document.createRange();
    range.selectNodeContents(heading);
    const words = range.getBoundingClientRect();
    const box = heading.getBoundingClientRect();
    return {
      dir: pw.getAttribute('dir'),
      direction: getComputedStyle(pw).direction,
      page: { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth },
      widget: { scroll: pw.scrollWidth, client: pw.clientWidth },
      // Every visible box that clips its content: none may hide content sideways (the
      // one-pixel text for screen readers is meant to clip).
      wider: [...shadow.querySelectorAll('*')].filter((el) => el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible').map((el) => el.className),
      helpBorder: { right: help.borderRightWidth, left: help.borderLeftWidth },
      headingGap: { right: box.right - words.right, left: words.left - box.left },
      titleDirection: getComputedStyle(title).direction,
    };
  });
  await page.screenshot({ path: join(ARTIFACTS, 'talen-ar-360.png'), fullPage: true, scale: 'css' });
  assert.equal(layout.dir, 'rtl');
  assert.equal(layout.direction, 'rtl');
  assert.ok(layout.page.scroll <= layout.page.client, `page scrolls sideways: ${JSON.stringify(layout.page)}`);
  assert.ok(layout.widget.scroll <= layout.widget.client, `widget scrolls sideways: ${JSON.stringify(layout.widget)}`);
  assert.deepEqual(layout.wider, [], 'no part of the widget scrolls sideways');
  assert.deepEqual(layout.helpBorder, { right: '4px', left: '0px' }, 'the help block\'s bar is on the start side, the right');
  assert.ok(layout.headingGap.right < 2 && layout.headingGap.left > 20, `the heading starts at the right: ${JSON.stringify(layout.headingGap)}`);
  assert.equal(layout.titleDirection, 'ltr', 'a Dutch title stays left to right');
  await page.close();
});

test('axe finds no violations on talen.html in all six languages, 1280 and 360 wide', async () => {
  for (const lang of ['nl', 'en', ...Object.keys(LANGUAGES)]) {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
      const { page } = await openIn(lang, viewport);
      assert.deepEqual(await axe(page), [], `${lang} ${viewport.width}`);
      await page.close();
    }
  }
});
