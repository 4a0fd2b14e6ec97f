// Hostile catalogue text (<script>, <img onerror>, javascript: and quote-breaking attributes;
// see tests/fixtures/hostile/) is shown as text and never runs: counts script executions and
// injected elements in the widget and in the prerendered fallback list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, widgetUrl, appShown } from './browser.mjs';

const HOSTILE = process.env.PW_HOSTILE_URL;
let browser;
before(async () => { if (HOSTILE) browser = await launch(); });
after(async () => { await browser?.close(); });

const injected = (root) => ({
  executed: window.__pwx ?? 0,
  elements: root.querySelectorAll('script, img, svg, iframe, style, b').length,
  badLinks: [...root.querySelectorAll('a')].filter((a) => !/^(https:|tel:)/.test(a.getAttribute('href') ?? '')).length,
  onAttributes: [...root.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
});

test('hostile catalogue text is rendered inert in the widget', { skip: !HOSTILE && 'PW_HOSTILE_URL not set (cargo xtask test sets it)' }, async () => {
  const page = await browser.newPage();
  await page.goto(HOSTILE);
  const widget = page.locator('preventie-wijzer');
  await appShown(page);
  await widget.locator('input[type="search"]').fill('loverboys');
  await widget.locator('.pw-card[data-id="xss-test-fixture"]').waitFor();
  const card = widget.locator('.pw-card[data-id="xss-test-fixture"]');
  assert.match(await card.locator('.pw-title').textContent(), /<script>window.__pwx=1<\/script>Loverboys test <img/);
  await card.locator('.pw-title a').hover();
  await card.locator('.pw-meta').hover();
  await widget.locator('.pw-save').first().click();
  await widget.locator('input[type="search"]').fill('sexting');
  await widget.locator('.pw-card[data-id="xss-test-fixture-2"]').waitFor();
  await widget.locator('.pw-card').first().hover();
  const counts = await page.evaluate((f) => new Function('root', `return (${f})(root)`)(document.querySelector('preventie-wijzer').shadowRoot), injected.toString());
  assert.deepEqual(counts, { executed: 0, elements: 0, badLinks: 0, onAttributes: 0 });
  await page.close();
});

test('hostile catalogue text is rendered inert in the fallback list', { skip: !HOSTILE && 'PW_HOSTILE_URL not set' }, async () => {
  const page = await browser.newPage();
  await page.goto(await widgetUrl('preventiewijzer-fallback.html', HOSTILE));
  await page.locator('.pw-card').first().waitFor();
  await page.locator('.pw-card').first().hover();
  const counts = await page.evaluate((f) => new Function('root', `return (${f})(root)`)(document.querySelector('main')), injected.toString());
  assert.deepEqual(counts, { executed: 0, elements: 0, badLinks: 0, onAttributes: 0 });
  await page.close();
});
