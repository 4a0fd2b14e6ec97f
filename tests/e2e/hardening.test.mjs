// Hardening in a real browser: a strict CSP page works fully; without 'wasm-unsafe-eval' the
// element shows the prerendered list and a hint; a panic in the wasm turns one instance into an
// apology with helplines while another keeps working; hostile text stays inert; memory settles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, BASE, shownIds, cli, widgetUrl, appShown } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Counts CSP violations reported to the page. */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('under a strict CSP the widget works fully, with no violation', async () => {
  const page = await browser.newPage();
  await watchViolations(page);
  const response = await page.goto(new URL('csp.html', BASE).href);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  await appShown(page);
  await page.locator('preventie-wijzer input[type="search"]').fill('sexting');
  const expected = cli('sexting');
  assert.deepEqual(await shownIds(page, expected.total), expected.hits.map((h) => h.id));
  assert.equal(page.workers().length, 1, 'the full-text engine runs in its worker under the CSP (worker-src falls back to script-src)');
  const color = await page.locator('preventie-wijzer .pw-status').evaluate((el) => getComputedStyle(el).fontWeight);
  assert.equal(color, '700', 'the constructed stylesheet applies under style-src self');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  await page.close();
});

test('without wasm-unsafe-eval the element shows the readable list and a hint', async () => {
  const page = await browser.newPage();
  await page.goto(new URL('csp-no-wasm.html', BASE).href);
  const hint = page.locator('preventie-wijzer .pw-hint');
  await hint.waitFor();
  assert.match(await hint.textContent(), /'wasm-unsafe-eval'/);
  const total = cli().total;
  assert.equal(await page.locator('preventie-wijzer .pw-fallback .pw-card').count(), total, 'every material is listed');
  assert.ok(await page.locator('preventie-wijzer .pw-fallback a[href="tel:112"]').count() === 1, '112 is listed');
  await page.close();
});

test('a panic shows an apology with helplines in that instance; another instance keeps working', async () => {
  const { page, messages } = await open(browser);
  await page.evaluate(() => {
    const second = document.createElement('preventie-wijzer');
    second.id = 'tweede';
    document.querySelector('main').append(second);
  });
  const first = page.locator('preventie-wijzer').first();
  const second = page.locator('#tweede');
  await second.locator('.pw-card').first().waitFor();
  await appShown(page);
  await first.locator('input[type="search"]').fill('loverboy');
  await page.evaluate(async (url) => {
    const glue = await import(url);
    try { glue.debug_panic(); } catch { /* the trap surfaces here as a RuntimeError */ }
  }, await widgetUrl('preventiewijzer_widget.js'));
  await first.locator('.pw-failed').waitFor();
  assert.match(await first.locator('.pw-failed').textContent(), /Sorry.*112/s);
  assert.equal(await first.locator('.pw-failed a[href="tel:08002000"]').count(), 1, 'Veilig Thuis is in the apology');
  await second.locator('input[type="search"]').fill('sexting');
  await second.locator('.pw-status').filter({ hasText: new RegExp(`^${cli('sexting').total} `) }).waitFor();
  assert.ok(messages.some((m) => m.includes('crashed')), messages.join('\n'));
  await page.close();
});

test('hostile query text and attributes are rendered as text, never run', async () => {
  const { page } = await open(browser);
  const evil = `"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> loverboy`;
  await page.locator('preventie-wijzer input[type="search"]').fill(evil);
  await page.evaluate((evil) => {
    const el = document.querySelector('preventie-wijzer');
    for (const name of ['audience', 'topics', 'age', 'school-level', 'quick-exit', 'hide', 'limit']) el.setAttribute(name, evil);
    el.setAttribute('quick-exit', 'javascript:window.__pwned=1');
  }, evil);
  await page.locator('preventie-wijzer .pw-card').first().waitFor();
  const counts = await page.evaluate(() => {
    const root = document.querySelector('preventie-wijzer').shadowRoot;
    return { pwned: window.__pwned ?? 0, scripts: root.querySelectorAll('script').length, imgs: root.querySelectorAll('img').length,
      js: [...root.querySelectorAll('a')].filter((a) => !/^(https:|tel:)/.test(a.getAttribute('href') ?? 'https:')).length };
  });
  assert.deepEqual(counts, { pwned: 0, scripts: 0, imgs: 0, js: 0 });
  await page.close();
});

test('10,000 queries and 200 mount/unmount cycles: memory settles', async () => {
  const { chromium } = await import('playwright-core');
  const b = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    await memorySettles(await b.newPage());
  } finally {
    await b.close(); // (also when it fails: an open browser keeps the test file from ending)
  }
});

async function memorySettles(page) {
  await page.goto(BASE);
  await appShown(page); // the engine's test hooks need the app started, not its prerendered first view
  const figures = await page.evaluate(async (url) => {
    const glue = await import(url);
    const words = ['loverboy', 'sexting', 'weerbaarheid', 'grooming', 'nudes', 'tienerpooier', 'relaties', 'signalen', 'mensenhandel', 'les'];
    const heap = () => { window.gc(); return performance.memory.usedJSHeapSize; };
    const sample = () => ({ wasm: glue.memory_bytes(), heap: heap() });
    const run = (from, to) => {
      for (let i = from; i < to; i++) {
        const q = { text: `${words[i % 10]} ${words[(i * 7) % 10].slice(0, 1 + (i % 8))}`, age: i % 3 ? 10 + (i % 9) : null,
          audiences: i % 4 ? [] : ['ouders'], limit: 10, page: 1 + (i % 3) };
        const r = JSON.parse(glue.search_json(JSON.stringify(q)));
        if (r.error) throw new Error(r.error);
      }
    };
    run(0, 1000);
    const after1k = sample();
    run(1000, 10000);
    const after10k = sample();
    const main = document.querySelector('main');
    const cycle = async (n) => {
      for (let i = 0; i < n; i++) {
        const el = document.createElement('preventie-wijzer');
        el.setAttribute('audience', 'ouders');
        main.append(el);
        await new Promise((resolve) => {
          // The app's cards, not those of a prerendered first view shown until it has started.
          const check = () => (el.shadowRoot?.querySelector('.pw-card') && !el.shadowRoot.querySelector('.pw-first') ? resolve() : requestAnimationFrame(check));
          check();
        });
        el.remove();
      }
    };
    await cycle(100);
    const after100 = sample();
    await cycle(100);
    const after200 = sample();
    return { after1k, after10k, after100, after200 };
  }, await widgetUrl('preventiewijzer_widget.js'));
  console.log('memory (bytes):', JSON.stringify(figures));
  // Bounded, not growing with the number of queries or mounts (generous margins: GC timing varies).
  assert.ok(figures.after10k.wasm <= figures.after1k.wasm * 1.25, 'wasm memory after 10k queries');
  assert.ok(figures.after200.wasm <= figures.after100.wasm * 1.25, 'wasm memory after 200 mounts');
  assert.ok(figures.after10k.heap <= figures.after1k.heap * 1.5 + 2e6, 'JS heap after 10k queries');
  assert.ok(figures.after200.heap <= figures.after100.heap * 1.5 + 2e6, 'JS heap after 200 mounts');
}
