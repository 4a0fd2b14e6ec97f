// The studio page (www/studio.html): an editor picks their local catalogue files; a broken file
// shows every error as `file:line: field: message` (the Rust validation, compiled to wasm) and
// offers nothing to download; valid files show the coverage matrix, a preview of the widget with
// their entries, and a zip of the data folder built in the browser, which then loads through the
// widget's `data` attribute. Nothing but the site's own files is requested.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BASE, launch } from './browser.mjs';

const LOCAL_ID = 'voorbeeld-wijkteam-training';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Every file of a fixture folder, as an editor picks them (the README too: it is skipped). */
function folder(name) {
  const dir = fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
  return [...readdirSync(dir).filter((f) => f.includes('.')).map((f) => dir + f), ...readdirSync(`${dir}materials`).map((f) => `${dir}materials/${f}`)];
}

/** The studio page with `files` picked; the requests it made are collected. */
async function studio(context, files) {
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(new URL('studio.html', BASE).href);
  await page.locator('html[data-studio]').waitFor({ state: 'attached' }); // the wasm and the national records are in
  assert.equal(await page.locator('html').getAttribute('data-studio'), 'ready', await page.locator('#studio-status').textContent());
  await page.locator('#studio-bestanden').setInputFiles(files);
  return { page, requests, problems };
}

/** The files of a zip archive of stored entries (what the studio writes). */
function unzip(bytes) {
  const files = new Map();
  for (let at = 0; bytes.readUInt32LE(at) === 0x04034b50;) {
    assert.equal(bytes.readUInt16LE(at + 8), 0, 'stored, not compressed');
    const size = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + bytes.readUInt16LE(at + 28);
    files.set(bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8'), bytes.subarray(start, start + size));
    at = start + size;
  }
  return files;
}

test('a broken file shows every error as file:line: field: message, and nothing to download', async () => {
  const context = await browser.newContext();
  const { page, requests, problems } = await studio(context, folder('local-broken'));
  const errors = page.locator('#studio-fouten li');
  await errors.first().waitFor();
  const shown = await errors.allTextContents();
  assert.ok(shown.includes("materials/voorbeeld-wijkteam-training.toml:8: region: must be one of this folder's regions in regions.toml (gemeente-voorbeeld)"), shown.join('\n'));
  assert.ok(shown.some((e) => e.startsWith('materials/voorbeeld-wijkteam-training.toml:10: topics: unknown id `loverboy`')), shown.join('\n'));
  assert.ok(shown.some((e) => e.startsWith('helplines.toml:7: url:')), shown.join('\n'));
  assert.equal(shown.length, 3, shown.join('\n'));
  assert.match(await page.locator('#studio-status').textContent(), /^Bestanden gelezen: \d+\. Fouten gevonden: 3\./);
  assert.equal(await page.locator('#studio-fouten li *').count(), 0, 'errors are text, never markup');
  assert.ok(await page.locator('#studio-download').isHidden(), 'no download');
  assert.ok(await page.locator('#studio-dekking').isHidden(), 'no coverage of files with errors');
  assert.equal(await page.locator('#studio-download-knop').getAttribute('href'), '#');
  assert.deepEqual(problems, []);
  assert.deepEqual(requests.filter((r) => !r.url.startsWith(BASE) || !['GET', 'HEAD'].includes(r.method)), [], 'only the site\'s own files, only read');
  await context.close();
});

test('a data folder built in studio.html loads through the data attribute; coverage and preview show the entries', async () => {
  const context = await browser.newContext();
  const { page, requests, problems } = await studio(context, folder('local'));
  await page.locator('#studio-download:not([hidden])').waitFor({ timeout: 60_000 });
  assert.match(await page.locator('#studio-status').textContent(), /Geen fouten\. Materialen: 1\. Hulplijnen: 1\. Regio: .*\(gemeente-voorbeeld\)\.$/);
  // The coverage matrix of the local material: its topic × audience cell counts 1.
  const matrix = page.locator('#studio-dekking:not([hidden]) table').first();
  assert.equal((await matrix.locator('tbody tr[data-id="loverboys"] td').allTextContents()).filter((n) => n === '1').length >= 1, true);
  // The preview: the widget in a frame, with the folder just built (served by the studio's service
  // worker from this browser), finds the local material in both tiers.
  const preview = page.frameLocator('#studio-voorbeeld-frame');
  await preview.locator('preventie-wijzer input[type="search"]').fill('zuurstokrood', { timeout: 60_000 });
  await preview.locator(`preventie-wijzer .pw-results[data-tier="2"] .pw-card[data-id="${LOCAL_ID}"]`).waitFor({ timeout: 30_000 });

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#studio-download-knop').click()]);
  assert.equal(download.suggestedFilename(), 'preventiewijzer-data.zip');
  const files = unzip(readFileSync(await download.path()));
  const manifest = JSON.parse(files.get('preventiewijzer-data.json'));
  assert.deepEqual([...files.keys()].sort(), [manifest.index, manifest.records, 'preventiewijzer-data.json'].sort());
  assert.deepEqual(manifest.local, { regions: ['gemeente-voorbeeld'], materials: 1, helplines: 1 });
  assert.deepEqual(problems, []);
  assert.deepEqual(requests.filter((r) => !r.url.startsWith(BASE) || !['GET', 'HEAD'].includes(r.method)), [], 'only the site\'s own files, only read');
  await context.close();

  // A host page whose `data` folder holds the unzipped files (served here by the test).
  const host = await browser.newContext();
  const folderUrl = new URL('studio-map/', BASE).href;
  await host.route(`${folderUrl}**`, (route) => {
    const bytes = files.get(route.request().url().slice(folderUrl.length));
    return bytes ? route.fulfill({ body: bytes, contentType: 'application/octet-stream' }) : route.fulfill({ status: 404 });
  });
  await host.route(new URL('gemeente-studio.html', BASE).href, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title>
      <script type="module" src="widget/preventiewijzer.js"></script></head>
      <body><main><preventie-wijzer data="studio-map/"></preventie-wijzer></main></body></html>`,
  }));
  const hostPage = await host.newPage();
  const messages = [];
  hostPage.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  await hostPage.goto(new URL('gemeente-studio.html', BASE).href);
  const widget = hostPage.locator('preventie-wijzer');
  assert.equal(await widget.locator('.pw-help li[data-helpline]').first().getAttribute('data-helpline', { timeout: 30_000 }), 'meldpunt-voorbeeld', 'local help first');
  await widget.locator('input[type="search"]').fill('zuurstokrood');
  await widget.locator(`.pw-results[data-tier="2"] .pw-card[data-id="${LOCAL_ID}"]`).waitFor({ timeout: 30_000 });
  assert.equal((await widget.locator(`.pw-card[data-id="${LOCAL_ID}"] .pw-local`).textContent()).trim(), 'In uw regio');
  assert.deepEqual(messages.filter((m) => m.startsWith('error')), []);
  await host.close();
});

/** The local folder's regions and helplines with the spreadsheet `sheet` of fixtures/local-sheets. */
function withSheet(sheet) {
  const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
  return [`${fixtures}local/regions.toml`, `${fixtures}local/helplines.toml`, `${fixtures}local-sheets/${sheet}`];
}

/** The zip the studio builds from `files`, as a map of names to bytes (after no errors). */
async function built(files, { previewed = false } = {}) {
  const context = await browser.newContext();
  const { page, problems } = await studio(context, files);
  await page.locator('#studio-download:not([hidden])').waitFor({ timeout: 60_000 });
  assert.match(await page.locator('#studio-status').textContent(), /Geen fouten\. Materialen: 1\. Hulplijnen: 1\./);
  if (previewed) {
    const preview = page.frameLocator('#studio-voorbeeld-frame');
    await preview.locator('preventie-wijzer input[type="search"]').fill('zuurstokrood', { timeout: 60_000 });
    await preview.locator(`preventie-wijzer .pw-results[data-tier="2"] .pw-card[data-id="${LOCAL_ID}"]`).waitFor({ timeout: 30_000 });
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#studio-download-knop').click()]);
  const zip = unzip(readFileSync(await download.path()));
  assert.deepEqual(problems, []);
  await context.close();
  return zip;
}

test('a CSV of the materials, comma or semicolon, gives the same data folder as their .toml files', async () => {
  const fromFiles = await built(folder('local'));
  for (const sheet of ['materialen.csv', 'materialen-puntkomma.csv']) {
    const fromSheet = await built(withSheet(sheet), { previewed: sheet === 'materialen.csv' });
    assert.deepEqual([...fromSheet.keys()], [...fromFiles.keys()], sheet);
    for (const [name, bytes] of fromFiles) assert.ok(bytes.equals(fromSheet.get(name)), `${sheet}: ${name} differs`);
  }
});

test('a double-encoded CSV is refused, naming file, line and field', async () => {
  const context = await browser.newContext();
  const { page, problems } = await studio(context, withSheet('dubbel-gecodeerd.csv'));
  const errors = page.locator('#studio-fouten li');
  await errors.first().waitFor();
  const shown = await errors.allTextContents();
  assert.equal(shown.length, 1, shown.join('\n'));
  assert.ok(shown[0].startsWith('dubbel-gecodeerd.csv:2: summary: looks double-encoded: `â€“` is `–`'), shown[0]);
  assert.ok(await page.locator('#studio-download').isHidden(), 'no download');
  assert.deepEqual(problems, []);
  await context.close();
});
