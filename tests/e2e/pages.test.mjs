// The example pages in www/: ready for a strict CSP, each widget configured as the page says,
// screenshots at phone, desktop and 200% zoom without sideways scrolling, two widgets on one
// page that do not affect each other, and a hostile host stylesheet that cannot move the widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, BASE, ARTIFACTS, PAGES } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const source = (path) => readFileSync(join(root, path), 'utf8');

let browser;
before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launch();
});
after(async () => { await browser?.close(); });

test('the example pages are ready for a strict CSP and are linked from the demo page', () => {
  const index = source('www/index.html');
  for (const name of Object.keys(PAGES)) {
    const html = source(`www/${name}`);
    assert.match(html, /^<!doctype html>\n<html lang="nl">/, `${name}: Dutch first`);
    assert.match(html, /<link rel="icon" href="data:,">/, `${name}: no favicon request`);
    const [widget, ...own] = html.match(/<script\b[^>]*>/g);
    assert.equal(widget, '<script type="module" src="widget/preventiewijzer.js">', `${name}: the module script first`);
    // Besides it, only the page's own script files (the embed page's configurator).
    for (const script of own) {
      const [, file] = script.match(/^<script (?:type="module" )?src="([a-z-]+\.js)"(?: defer)?>$/) ?? [];
      assert.ok(file && source(`www/${file}`).length > 0, `${name}: ${script} is a script file of www/`);
    }
    // Code examples (<pre>, escaped text) may show a style attribute; the page's markup may not.
    const markup = html.replace(/<pre>[\s\S]*?<\/pre>/g, '');
    assert.doesNotMatch(markup, /<script>|<style\b|\sstyle\s*=|\son[a-z]+\s*=|javascript:/i, `${name}: no inline script or style`);
    for (const [, css] of html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)) {
      assert.ok(source(`www/${css}`).length > 0, `${name}: ${css} exists`);
    }
    assert.equal((html.match(/<preventie-wijzer\b/g) ?? []).length, PAGES[name], `${name}: widgets`);
    if (name !== 'index.html') assert.match(index, new RegExp(`<a href="${name}">`), `index links to ${name}`);
  }
});

test('the embed page documents every attribute and every theming property', async () => {
  const html = source('www/embed.html');
  // The element's attributes as the build wrote them (widget/manifest.toml, published as files.json).
  const { attributes } = (await (await fetch(new URL('widget/files.json', BASE))).json()).element;
  assert.ok(attributes.length >= 10);
  const rows = [...html.matchAll(/<th scope="row"><code>([a-z-]+)<\/code><\/th>/g)].map((m) => m[1]);
  for (const name of [...attributes, 'id']) assert.ok(rows.includes(name), `attribute ${name} is in the table`);
  const properties = new Set([...source('widget/js/preventiewijzer.css').matchAll(/var\((--pw-[a-z-]+)/g)].map((m) => m[1]));
  assert.ok(properties.size >= 7);
  for (const p of properties) assert.ok(rows.includes(p), `custom property ${p} is in the table`);
  assert.match(html, /Access-Control-Allow-Origin: \*/);
  assert.match(html, /&lt;noscript&gt;/);
});

test('each page loads its widgets as configured, with no errors and no failed or extra requests', async () => {
  for (const name of Object.keys(PAGES)) {
    const failures = [];
    const urls = [];
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const messages = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    page.on('request', (r) => urls.push(new URL(r.url()).pathname));
    page.on('requestfailed', (r) => failures.push(`${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => { if (r.status() >= 400) failures.push(`${r.url()} ${r.status()}`); });
    await page.goto(new URL(name, BASE).href);
    await page.waitForFunction((n) => [...document.querySelectorAll('preventie-wijzer')].filter((el) => el.shadowRoot?.querySelector('.pw-card')).length === n, PAGES[name]);
    assert.deepEqual(failures, [], name);
    assert.deepEqual(messages, [], `${name}: console`);
    assert.ok(!urls.some((u) => u.includes('favicon')), `${name}: ${urls}`);
    // Tier 2 (the full-text worker) may already be loading: also the widget's own files, each but
    // the element script named by its content hash.
    const unexpected = urls.filter((u) => !/^\/(widget\/preventiewijzer\.js|widget\/preventiewijzer[-_][a-z0-9_-]+\.[0-9a-f]{12}\.(js|wasm|json|pwi|html)|[a-z-]+\.(html|css|js))$/.test(u));
    assert.deepEqual(unexpected, [], `${name}: only the page, its CSS and the widget's own files`);
    await page.close();
  }
});

test('the school, parents, municipality and embed pages preset their widgets', async () => {
  const school = (await openPage(browser, 'school.html')).page;
  assert.equal(await school.locator('preventie-wijzer select[name="school-level"]').inputValue(), 'vmbo-2');
  assert.ok(await school.locator('preventie-wijzer input[name="audience"][value="leraren"]').isChecked());
  assert.deepEqual(await school.locator('preventie-wijzer .pw-chip').allTextContents(), ['Leraren en scholen ×', 'vmbo klas 2 ×']);
  await school.close();

  const parents = (await openPage(browser, 'ouders.html', { viewport: { width: 360, height: 740 } })).page;
  assert.equal(await parents.locator('preventie-wijzer details.pw-filters').getAttribute('open'), null, 'filters start folded on a phone');
  assert.deepEqual(await parents.locator('preventie-wijzer .pw-chip').allTextContents(), ['Ouders ×']);
  await parents.close();

  const town = (await openPage(browser, 'gemeente.html')).page;
  assert.ok(await town.locator('#professionals input[name="audience"][value="professionals"]').isChecked());
  assert.equal(await town.locator('#professionals .pw-exit-button').count(), 0, 'no quick exit for professionals');
  assert.ok(await town.locator('#jongeren input[name="audience"][value="jongeren"]').isChecked());
  assert.equal(await town.locator('#jongeren .pw-exit-button').textContent(), 'Snel weg');
  // The municipality's theme reaches the widgets through the custom properties only.
  const accent = (id) => town.locator(`#${id} .pw-title a`).first().evaluate((a) => getComputedStyle(a).color);
  assert.equal(await accent('professionals'), 'rgb(18, 64, 107)');
  assert.equal(await accent('jongeren'), 'rgb(168, 67, 0)');
  await town.close();

  const embed = (await openPage(browser, 'embed.html')).page;
  assert.match(await embed.locator('#voorbeeld-en .pw-status').textContent(), /^\d+ results?$/);
  assert.equal(await embed.locator('#voorbeeld-en .pw').getAttribute('lang'), 'en');
  assert.equal(await embed.locator('#voorbeeld-en .pw-card').count(), 3, 'limit="3"');
  assert.equal(await embed.locator('#voorbeeld-klas .pw-filters').count(), 0, 'hide="filters"');
  assert.equal(await embed.locator('#voorbeeld-thema .pw').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(31, 36, 48)');
  await embed.close();
});

const VIEWS = [
  { label: '360x740', viewport: { width: 360, height: 740 } },
  { label: '1280x800', viewport: { width: 1280, height: 800 } },
  // 200% zoom of a 1280×800 window: 640×400 CSS pixels at device scale 2.
  { label: '1280x800-zoom200', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

test('screenshots of every page at 360×740, 1280×800 and 200% zoom; nothing sticks out sideways', async () => {
  for (const name of Object.keys(PAGES)) {
    for (const { label, ...options } of VIEWS) {
      const { page } = await openPage(browser, name, options);
      const layout = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const out = [];
        for (const host of document.querySelectorAll('preventie-wijzer')) {
          const box = host.getBoundingClientRect();
          if (box.left < -0.5 || box.right > width + 0.5) out.push(`${host.id || 'widget'} ${box.left}–${box.right}`);
          for (const el of host.shadowRoot.querySelectorAll('*')) {
            if (el.closest('.pw-sr-only, option, select')) continue;
            const r = el.getBoundingClientRect();
            if (r.width && (r.left < box.left - 0.5 || r.right > box.right + 0.5)) {
              out.push(`${host.id || 'widget'} <${el.tagName.toLowerCase()} class="${el.className}"> ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
            }
          }
        }
        return { scroll: document.documentElement.scrollWidth, width, out: out.slice(0, 5) };
      });
      await page.screenshot({ path: join(ARTIFACTS, `${name.replace('.html', '')}-${label}.png`), fullPage: true, scale: 'css' });
      assert.ok(layout.scroll <= layout.width, `${name} @ ${label}: page scrolls sideways (${layout.scroll} > ${layout.width})`);
      assert.deepEqual(layout.out, [], `${name} @ ${label}`);
      await page.close();
    }
  }
});

/** What one widget shows: inputs, checked filters, results, status and shortlist. */
function snapshot(page, id) {
  return page.locator(`#${id}`).evaluate((host) => {
    const r = host.shadowRoot;
    return {
      text: r.querySelector('input[name="q"]').value,
      age: r.querySelector('input[name="age"]').value,
      level: r.querySelector('select[name="school-level"]').value,
      checked: [...r.querySelectorAll('input[type="checkbox"]:checked')].map((c) => `${c.name}=${c.value}`),
      cards: [...r.querySelectorAll('.pw-card')].map((c) => c.dataset.id),
      saved: [...r.querySelectorAll('.pw-save[aria-pressed="true"]')].length,
      status: r.querySelector('.pw-status').textContent,
      shortlist: r.querySelectorAll('.pw-shortlist ul li').length,
    };
  });
}

test('two widgets on one page do not affect each other', async () => {
  const { page } = await openPage(browser, 'gemeente.html');
  const youngBefore = await snapshot(page, 'jongeren');
  const proBefore = await snapshot(page, 'professionals');

  const pro = (s) => page.locator(`#professionals ${s}`);
  await pro('input[name="q"]').fill('signalen');
  await page.locator('#professionals .pw-status').filter({ hasNotText: proBefore.status }).waitFor();
  await pro('input[name="age"]').fill('15');
  await pro('input[name="topic"]').first().check();
  await pro('.pw-save').first().click();
  await pro('.pw-shortlist').waitFor();
  // The full-text answer waits while the list is pointed at or focused (it would move cards under
  // the finger): let it land before the snapshot, or it lands during the other widget's turn.
  await page.mouse.move(0, 0);
  await page.locator('#professionals').evaluate((host) => host.shadowRoot.activeElement?.blur());
  await page.locator('#professionals .pw-results[data-tier="2"]').waitFor();
  const proAfter = await snapshot(page, 'professionals');
  assert.notDeepEqual(proAfter, proBefore);
  assert.equal(proAfter.shortlist, 1);
  assert.deepEqual(await snapshot(page, 'jongeren'), youngBefore, 'typing, filtering and saving in one leave the other alone');

  const young = (s) => page.locator(`#jongeren ${s}`);
  await young('input[name="q"]').fill('sexting');
  await page.locator('#jongeren .pw-status').filter({ hasNotText: youngBefore.status }).waitFor();
  await young('select[name="school-level"]').selectOption('havo-3');
  await young('.pw-save').first().click();
  await young('.pw-shortlist').waitFor();
  assert.notDeepEqual(await snapshot(page, 'jongeren'), youngBefore);
  assert.deepEqual(await snapshot(page, 'professionals'), proAfter, 'and the other way round');
  await page.close();
});

// Pins the element's own box in both runs: the host decides where the widget goes and how wide
// it is; what must not change is everything inside it.
const PIN = `preventie-wijzer { display: block !important; width: 1000px !important; margin: 0 !important;
  padding: 0 !important; border: 0 !important; position: static !important; }`;
const HOSTILE = `
  * { all: unset !important; font-size: 40px !important; line-height: 3 !important; letter-spacing: 0.3em !important;
      word-spacing: 1em !important; font-family: "Comic Sans MS", cursive !important; font-weight: 900 !important;
      font-style: italic !important; color: #ff0000 !important; text-transform: uppercase !important;
      text-align: right !important; text-indent: 4em !important; white-space: nowrap !important;
      list-style: square inside !important; cursor: wait !important; writing-mode: horizontal-tb !important; }
  html { font-size: 62.5% !important; color-scheme: dark !important; }
  input, button, select, label, a, h2, h3, p, li, ul, ol, div, section, aside, details, summary, fieldset, legend {
      all: unset !important; display: inline !important; padding: 3em !important; border: 5px solid lime !important; }
  preventie-wijzer * { display: none !important; }
  main, header, footer, body { display: inline !important; }`;

/** Boxes (relative to the element) and text styles of a few parts of the widget. */
function measure(page) {
  return page.locator('preventie-wijzer').evaluate((host) => {
    const origin = host.getBoundingClientRect();
    const parts = ['.pw', '.pw-search', 'input[name="q"]', 'input[name="age"]', 'select', '.pw-chip', '.pw-filters summary',
      '.pw-facet', '.pw-option', '.pw-status', '.pw-card', '.pw-title a', '.pw-meta', '.pw-save', '.pw-more', '.pw-shortlist', '.pw-help'];
    const out = {};
    for (const sel of parts) {
      const el = host.shadowRoot.querySelector(sel);
      if (!el) throw new Error(`${sel} not found`);
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      out[sel] = {
        box: [r.x - origin.x, r.y - origin.y, r.width, r.height].map((v) => Math.round(v * 10) / 10),
        text: [s.fontSize, s.fontFamily, s.fontWeight, s.fontStyle, s.lineHeight, s.letterSpacing, s.textTransform, s.textAlign, s.color, s.display].join(' | '),
      };
    }
    return out;
  });
}

test('a hostile host stylesheet does not change the widget', async () => {
  const { page } = await openPage(browser, 'index.html?q=1', { viewport: { width: 1280, height: 900 } });
  await page.locator('preventie-wijzer input[name="audience"][value="ouders"]').check();
  await page.locator('preventie-wijzer .pw-save').first().click();
  await page.locator('preventie-wijzer .pw-shortlist').waitFor();
  await page.addStyleTag({ content: PIN });
  const before = await measure(page);
  assert.ok(before['.pw-filters summary'].box[0] < before['.pw-status'].box[0], 'wide layout: filters beside the results');

  await page.addStyleTag({ content: HOSTILE });
  assert.equal(await page.locator('h1').evaluate((h) => getComputedStyle(h).fontSize), '40px', 'the hostile CSS is applied to the page');
  const afterHostile = await measure(page);
  await page.screenshot({ path: join(ARTIFACTS, 'hostile-css-1280.png') });
  for (const part of Object.keys(before)) {
    assert.deepEqual(afterHostile[part], before[part], part);
  }
  await page.close();
});
