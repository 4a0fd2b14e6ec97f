// Situations in the widget (issue 12): an acute query puts its helpline and sourced advice above
// the results; before anything is typed, a parent gets a few situations to tap, by mouse or
// keyboard, in Dutch and English, answered at once by tier 1, with the materials made for it first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const W = 'preventie-wijzer';

/** Whether the first match of `first` comes before the first of `second` (inside the shadow root). */
async function before_(page, first, second) {
  const other = await page.locator(second).first().elementHandle();
  return page.locator(first).first().evaluate((a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING), other);
}

test('an acute query puts its helpline and advice above the results', async () => {
  const { page, messages } = await open(browser);
  await page.locator(`${W} input[type="search"]`).fill('mijn zoon wordt afgeperst met een naaktfoto');
  const block = page.locator(`${W} .pw-situation.pw-situation-acute[role="alert"]`);
  await block.waitFor();
  assert.match(await block.locator('.pw-situation-advice').textContent(), /Betaal niet/);
  assert.equal(await block.locator('li[data-helpline="helpwanted"]').count(), 1, 'Helpwanted is named');
  assert.ok(await block.locator('a[href^="tel:"]').count() >= 1, 'a number to call');
  await page.locator(`${W} .pw-results[data-tier="2"] .pw-card`).first().waitFor();
  assert.ok(await before_(page, `${W} .pw-situation`, `${W} .pw-card`), 'the help stands above the first card');
  // The why line names the signal in its source's words.
  assert.ok(await page.locator(`${W} .pw-card .pw-why`).filter({ hasText: 'past bij: ' }).count() >= 1);
  assert.deepEqual(messages.filter((m) => m.startsWith('error') || m.startsWith('pageerror')), []);
  await page.close();
});

test('a parent starts in a few taps, by keyboard, in Dutch and English', async () => {
  const { page } = await open(browser);
  await page.evaluate(() => document.querySelector('preventie-wijzer').setAttribute('audience', 'ouders'));
  const choices = page.locator(`${W} .pw-start-choice`);
  await choices.first().waitFor();
  const n = await choices.count();
  assert.ok(n >= 4 && n <= 6, `${n} situations offered`);
  assert.equal(await page.locator(`${W} .pw-start h2`).textContent(), 'Waar gaat het om?');
  const label = await choices.first().textContent();
  await choices.first().focus();
  await page.keyboard.press('Enter');
  const block = page.locator(`${W} .pw-situation`);
  await block.waitFor();
  assert.equal(await block.locator('h3').textContent(), label);
  // Tier 1 answers a tap exactly: the list is marked as final at once.
  await page.locator(`${W} .pw-results[data-tier="2"] .pw-card`).first().waitFor();
  // First comes a material the situation lists as made for parents, and its why line says so.
  const helps = `helpt bij: ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  assert.ok((await page.locator(`${W} .pw-card .pw-why`).first().textContent()).includes(helps), `the first card says "${helps}"`);
  assert.equal(await choices.count(), 0, 'the choice gives way to the results');
  await block.locator('.pw-situation-clear').click();
  await choices.first().waitFor();

  await page.evaluate(() => document.querySelector('preventie-wijzer').setAttribute('lang', 'en'));
  await page.locator(`${W} .pw-start h2`).filter({ hasText: 'What is it about?' }).waitFor();
  assert.match(await choices.first().textContent(), /^[A-Z][a-z]/);
  assert.notEqual(await choices.first().textContent(), label, 'the labels are English');
  await page.close();
});
