// Help, cards and the printed selection as a person meets them in Chromium: the help block of
// the page's region, cards without a link that still say how to get the material (or that
// nobody knows), and the selection printed as a hand-out, checked in the PDF Chromium prints.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch, open, ARTIFACTS } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const widget = 'preventie-wijzer';

/** Sets attributes on the first widget and waits until its help block has `first` as first line. */
async function profile(page, attrs, first) {
  await page.evaluate((attrs) => {
    const el = document.querySelector('preventie-wijzer');
    for (const [k, v] of Object.entries(attrs)) v === null ? el.removeAttribute(k) : el.setAttribute(k, v);
  }, attrs);
  const help = page.locator(`${widget} .pw-help li`).first();
  await page.waitForFunction((first) => document.querySelector('preventie-wijzer').shadowRoot.querySelector('.pw-help li')?.dataset.helpline === first, first);
  assert.equal(await help.getAttribute('data-helpline'), first);
  return page.locator(`${widget} .pw-help li`).evaluateAll((lis) => lis.map((li) => li.dataset.helpline));
}

test('the help block shows the help of the page\'s region and audience', async () => {
  const { page } = await open(browser);
  const dutch = await profile(page, { audience: 'jongeren' }, '112');
  assert.ok(dutch.includes('kindertelefoon') && dutch.includes('veilig-thuis'), dutch.join());
  assert.ok(!dutch.includes('child-focus') && !dutch.includes('childline'), dutch.join());

  const flemish = await profile(page, { audience: 'ouders', region: 'vlaanderen' }, '112-be');
  assert.ok(flemish.includes('stop-it-now-vlaanderen'), flemish.join());
  assert.ok(!flemish.includes('veilig-thuis') && !flemish.includes('112') && !flemish.includes('kindertelefoon'), `no Dutch help on a Flemish page: ${flemish}`);

  const uk = await profile(page, { audience: 'jongeren', region: 'verenigd-koninkrijk' }, 'uk-999');
  assert.ok(uk.includes('childline') && !uk.includes('veilig-thuis'), uk.join());
  await page.close();
});

/** Every card, by showing the whole list. */
async function allCards(page) {
  await page.evaluate(() => document.querySelector('preventie-wijzer').setAttribute('limit', '50'));
  for (;;) {
    const more = page.locator(`${widget} .pw-more`);
    if ((await more.count()) === 0) break;
    await more.click();
  }
  return (id) => page.locator(`${widget} .pw-card[data-id="${id}"]`);
}

test('a card without a link says how to get the material, or plainly that nobody knows', async () => {
  const { page } = await open(browser);
  const card = await allCards(page);
  // how_to_get and a source page.
  const boys = card('boys-r-us');
  assert.equal(await boys.locator('.pw-title a').count(), 0);
  assert.match(await boys.locator('.pw-access').textContent(), /^Zo kom je eraan: Te koop bij Rutgers\. Meer informatie bij de bron$/);
  assert.match(await boys.locator('.pw-access a').getAttribute('href'), /^https:\/\//);
  // Only a source page.
  const source = card('11vb');
  assert.equal((await source.locator('.pw-access').textContent()).trim(), 'Meer informatie bij de bron');
  assert.match(await source.locator('.pw-access a').getAttribute('href'), /^https:\/\//);
  // Nothing known.
  const unknown = card('begrijp-me-goed');
  assert.equal((await unknown.locator('.pw-access').textContent()).trim(), 'Niet bekend waar je dit kunt krijgen.');
  assert.equal(await unknown.locator('.pw-access a').count(), 0);
  // Unknown facts in one quiet line, never as labels in the meta line.
  assert.equal(await unknown.locator('.pw-unknown').textContent(), 'Niet bekend: duur, kosten.');
  const metas = await page.locator(`${widget} .pw-meta`).allTextContents();
  assert.ok(metas.every((m) => !/onbekend/i.test(m)), 'no "onbekend" label in any meta line');
  // A card with a link has no access line.
  assert.equal(await card('girls-talk').locator('.pw-access').count(), 0);
  // Niet erkend says why; an old assessment shows its year.
  const mkp = card('marietje-kessels-project');
  assert.match(await mkp.locator('.pw-evidence-note').textContent(), /^Waarom niet erkend: .*schadelijk neveneffect/);
  assert.match(await mkp.locator('.pw-evidence').textContent(), /^Niet erkend \(beoordeeld in 2015, meer dan vijf jaar geleden\)$/);
  assert.match(await mkp.locator('.pw-meta').textContent(), /Wie geeft het: Een trainer van buiten.*Ouders doen mee/);
  await page.close();
});

test('the printed selection is a hand-out: profile, date and every fact per material, on A4', async () => {
  const { page } = await open(browser);
  // window.print() would open a dialog; the PDF below is what Chromium prints.
  await page.evaluate(() => { window.print = () => {}; });
  const before = await page.locator(`${widget} .pw-status`).textContent();
  await page.evaluate(() => document.querySelector('preventie-wijzer').setAttribute('audience', 'leraren'));
  await page.waitForFunction((before) => document.querySelector('preventie-wijzer').shadowRoot.querySelector('.pw-status').textContent !== before, before);
  const card = await allCards(page);
  const saved = ['marietje-kessels-project', 'boys-r-us', 'girls-talk-plus', 'begrijp-me-goed'];
  for (const id of saved) await card(id).locator('.pw-save').click();
  await page.locator(`${widget} .pw-shortlist button.pw-clear`).first().click();
  assert.equal(await page.locator('preventie-wijzer[data-pw-printing]').count(), 1, 'the widget to print is marked');

  await page.emulateMedia({ media: 'print' });
  const items = page.locator(`${widget} .pw-print-item`);
  assert.equal(await items.count(), saved.length);
  const top = await page.locator(`${widget} .pw-shortlist`).evaluate((s) => s.innerText);
  assert.match(top, /Preventiewijzer: mijn selectie/);
  assert.match(top, /Gekozen voor: Leraren/);
  assert.match(top, /Datum: \d{1,2} \w+ 20\d\d/);
  const text = (id) => page.locator(`${widget} .pw-print-item[data-id="${id}"]`).innerText();
  const mkp = await text('marietje-kessels-project');
  for (const fact of [/Marietje Kessels Project/, /Leeftijd: 10–13 jaar/, /Soort: /, /Duur: 10-12 lessen van 60 minuten/, /Kosten: Betaald \(EUR 486/,
    /Erkenning: Niet erkend \(beoordeeld in 2015, meer dan vijf jaar geleden\)/, /Wie geeft het: Een trainer van buiten/, /Ouders doen mee/,
    /Waarom niet erkend: /, /Waarom het past: voor leraren/, /Link: https:\/\/www\.marietjekessels\.com\//]) {
    assert.match(mkp, fact);
  }
  const boys = await text('boys-r-us');
  assert.match(boys, /Zo kom je eraan: Te koop bij Rutgers\. Meer informatie bij de bron: https:\/\//);
  assert.match(boys, /Erkenning: Goed onderbouwd \(beoordeeld in 2019/);
  const unknown = await text('begrijp-me-goed');
  assert.match(unknown, /Niet bekend waar je dit kunt krijgen\./);
  assert.match(unknown, /Niet bekend: duur, kosten, wie het geeft\./);
  // The host page and the rest of the widget stay off the paper; the help block stays on it.
  const visible = await page.evaluate(() => {
    const shown = (el) => el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
    const root = document.querySelector('preventie-wijzer').shadowRoot;
    return {
      host: [...document.body.querySelectorAll('h1, nav, header, footer, p')].filter((e) => !e.closest('preventie-wijzer') && shown(e)).length,
      search: shown(root.querySelector('.pw-search')), cards: shown(root.querySelector('.pw-card')), help: shown(root.querySelector('.pw-help')),
      overflow: [...root.querySelectorAll('.pw-print-item, .pw-help')].filter((e) => e.scrollWidth > e.clientWidth + 1).length,
    };
  });
  assert.deepEqual(visible, { host: 0, search: false, cards: false, help: true, overflow: 0 });

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(`${ARTIFACTS}/selection.pdf`, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 3, `four materials and the help block fit on at most three A4 pages (got ${pages})`);
  await page.close();
});
