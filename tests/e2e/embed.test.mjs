// The configurator on embed.html: every vocabulary value can be chosen, each choice shows in the
// live widget and in the code at once, invalid input is left out and marked, and the code it
// writes (script and element, or the iframe) works when pasted into a page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, openPage, BASE, appShown } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The ids of one `[[table]]` list of catalogue/vocabulary.toml. */
function vocabulary(table) {
  const text = readFileSync(`${root}catalogue/vocabulary.toml`, 'utf8');
  return text.split(/^\[\[/m).filter((block) => block.startsWith(`${table}]]`)).map((block) => block.match(/^id = "([^"]+)"/m)[1]);
}

const form = (page, selector) => page.locator(`#samensteller ${selector}`);

test('the configurator offers every audience, topic and region of the vocabulary, each with a label', async () => {
  const { page } = await openPage(browser, 'embed.html');
  for (const [name, table] of [['audience', 'audiences'], ['topics', 'topics'], ['region', 'regions']]) {
    const offered = await form(page, `input[name="${name}"]`).evaluateAll((inputs) => inputs.map((i) => i.value));
    assert.deepEqual(offered, vocabulary(table), name);
    const unlabelled = await form(page, `input[name="${name}"]`).evaluateAll((inputs) => inputs.filter((i) => !i.closest('label')?.textContent.trim()).length);
    assert.equal(unlabelled, 0);
  }
  // The data folder field shows only once the widget knows a `data` attribute.
  const data = await page.evaluate(() => customElements.get('preventie-wijzer').observedAttributes.includes('data'));
  assert.equal(await page.locator('#samensteller-data-veld').isVisible(), data);
  await page.close();
});

test('choices show in the live widget and the code at once; invalid values are left out and marked', async () => {
  const { page } = await openPage(browser, 'embed.html');
  const preview = page.locator('#samengesteld');
  await form(page, 'input[name="lang"][value="en"]').check();
  await form(page, 'input[name="audience"][value="ouders"]').check();
  await form(page, 'input[name="age"]').fill('14');
  await form(page, 'input[name="topics"][value="sexting"]').check();
  await form(page, 'input[name="hide"][value="filters"]').check();
  await form(page, 'input[name="limit"]').fill('3');
  const attrs = 'lang="en" audience="ouders" age="14" topics="sexting" limit="3" hide="filters"';
  const code = `<script type="module" src="${BASE}widget/preventiewijzer.js"></script>\n<preventie-wijzer ${attrs}></preventie-wijzer>`;
  assert.equal(await page.locator('#samensteller-code').textContent(), code);
  await page.locator('#samengesteld .pw-filters').waitFor({ state: 'detached' });
  assert.equal(await preview.locator('.pw').getAttribute('lang'), 'en');
  assert.ok(await preview.locator('.pw-chip').filter({ hasText: 'Parents' }).count() === 1);
  assert.equal(await preview.locator('input[name="age"]').inputValue(), '14');
  const total = Number((await preview.locator('.pw-status').textContent()).match(/^(\d+) result/)[1]);
  assert.equal(await preview.locator('.pw-card').count(), Math.min(3, total), 'limit="3"');

  await form(page, 'input[name="age"]').fill('140');
  await form(page, 'input[name="quick-exit"]').fill('javascript:alert(1)');
  assert.equal(await form(page, 'input[name="age"]').getAttribute('aria-invalid'), 'true');
  assert.equal(await form(page, 'input[name="quick-exit"]').getAttribute('aria-invalid'), 'true');
  assert.doesNotMatch(await page.locator('#samensteller-code').textContent(), /age=|quick-exit|javascript/);
  assert.equal(await preview.getAttribute('age'), null);
  await form(page, 'input[name="quick-exit"]').fill('https://www.google.com/"x');
  assert.equal(await form(page, 'input[name="quick-exit"]').getAttribute('aria-invalid'), 'true', 'the widget refuses quotes too');
  await form(page, 'input[name="quick-exit"]').fill('https://www.google.com/?q=weer&y=1');
  assert.equal(await form(page, 'input[name="quick-exit"]').getAttribute('aria-invalid'), 'false');
  assert.match(await page.locator('#samensteller-code').textContent(), / quick-exit="https:\/\/www\.google\.com\/\?q=weer&amp;y=1"/, 'escaped in the code');
  await preview.locator('.pw-exit-button').waitFor();

  await form(page, 'input[name="thema"][value="eigen"]').check();
  await form(page, 'input[name="accent"]').fill('#8a0016');
  assert.equal(await page.locator('#samensteller-css').textContent(), 'preventie-wijzer {\n  --pw-accent: #8a0016;\n}');
  assert.ok(await page.locator('#samensteller-css-blok').isVisible());
  assert.equal(await preview.locator('.pw-title a').first().evaluate((a) => getComputedStyle(a).color), 'rgb(138, 0, 22)');
  await page.close();
});

test('the code copied from the configurator works when pasted into a page: script and element, and iframe', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE).origin });
  const page = await context.newPage();
  await page.goto(new URL('embed.html', BASE).href);
  await form(page, 'input[name="audience"][value="leraren"]').check();
  await form(page, 'input[name="topics"][value="grooming"]').check();
  await page.locator('button[data-kopieer="samensteller-code"]').click();
  await page.locator('#samensteller-status').filter({ hasText: 'Gekopieerd.' }).waitFor();
  const script = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(script, await page.locator('#samensteller-code').textContent());

  await form(page, 'input[name="manier"][value="iframe"]').check();
  const iframe = await page.locator('#samensteller-code').textContent();
  assert.match(iframe, new RegExp(`^<iframe src="${BASE}frame\\.html\\?audience=leraren&amp;topics=grooming" title="[^"]+" data-preventiewijzer\\n`));
  // The preview is the iframe now, and embed.html's frame-host.js gives it its content's height.
  const preview = page.frameLocator('#samensteller-voorbeeld iframe');
  await appShown(preview);
  // (Narrow, so the filters start folded: the chips show what is chosen.)
  await preview.locator('preventie-wijzer .pw-chip').filter({ hasText: 'Leraren en scholen' }).waitFor();
  await page.waitForFunction(() => {
    const frame = document.querySelector('#samensteller-voorbeeld iframe');
    return Math.abs(frame.getBoundingClientRect().height - frame.contentDocument.body.getBoundingClientRect().height) <= 1;
  });

  for (const [label, snippet] of [['script', script], ['iframe', iframe]]) {
    const fresh = await context.newPage();
    await fresh.goto(new URL('index.html', BASE).href);
    await fresh.setContent(`<!doctype html><html lang="nl"><title>Geplakt</title><body>${snippet}</body></html>`);
    const scope = label === 'iframe' ? fresh.frameLocator('iframe') : fresh;
    await appShown(scope);
    await scope.locator('preventie-wijzer .pw-chip').first().waitFor();
    const chips = await scope.locator('preventie-wijzer .pw-chip').allTextContents();
    assert.deepEqual(chips, ['Leraren en scholen ×', 'Grooming ×'], label);
    await fresh.close();
  }
  await context.close();
});
