// The coverage page (`preventiewijzer coverage --html`) opened from disk in headless Chromium:
// both tables render with the vocabulary's Dutch labels and real counts, empty cells are marked,
// and the page loads nothing and runs nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLI = process.env.PW_CLI ?? `${root}target/debug/preventiewijzer`;

let browser;
let dir;
let file;
before(async () => {
  if (!process.env.PW_CLI) {
    execFileSync('cargo', ['build', '--quiet', '-p', 'preventiewijzer', '--bin', 'preventiewijzer'], { cwd: root, stdio: 'inherit' });
  }
  const html = execFileSync(CLI, ['coverage', '--html', '--catalogue', `${root}catalogue`], { encoding: 'utf8' });
  dir = mkdtempSync(join(tmpdir(), 'pw-coverage-'));
  file = join(dir, 'dekking.html');
  writeFileSync(file, html);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the coverage page renders both matrices with Dutch labels and counts', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href);

  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  assert.match(await page.locator('h1').textContent(), /ontbreekt/);
  const tables = page.locator('table');
  assert.equal(await tables.count(), 2);
  await tables.first().waitFor({ state: 'visible' });

  const audienceHeads = await tables.nth(0).locator('thead th').allTextContents();
  for (const label of ['Onderwerp', 'Jongeren', 'Ouders', 'Professionals', 'Leraren en scholen']) {
    assert.ok(audienceHeads.some((h) => h.startsWith(label)), `audience header ${label} in ${audienceHeads}`);
  }
  const riskHeads = await tables.nth(1).locator('thead th').allTextContents();
  for (const label of ['Licht verstandelijke beperking (LVB)', 'Jongens', 'Meisjes']) {
    assert.ok(riskHeads.includes(label), `risk group header ${label} in ${riskHeads}`);
  }
  const topics = await tables.nth(0).locator('tbody th[scope="row"]').allTextContents();
  assert.ok(topics.includes('Loverboys') && topics.includes('Sexting'), `${topics}`);

  const counts = (await tables.nth(0).locator('tbody td').allTextContents()).map(Number);
  assert.ok(counts.every(Number.isInteger), 'every cell is a count');
  assert.ok(counts.some((n) => n > 0), 'at least one non-zero count');
  const loverboysYoung = await tables.nth(0).locator('tbody tr[data-id="loverboys"] td').first().textContent();
  assert.ok(Number(loverboysYoung) > 0, 'loverboys × jongeren has material');

  // Empty cells are visibly marked: a class with its own background, and "0".
  const empty = page.locator('td.leeg');
  assert.ok(await empty.count() > 0);
  assert.equal(await empty.first().textContent(), '0');
  const [emptyBg, normalBg] = await Promise.all([
    empty.first().evaluate((td) => getComputedStyle(td).backgroundColor),
    tables.nth(0).locator('tbody td:not(.leeg):not(.totaal)').first().evaluate((td) => getComputedStyle(td).backgroundColor),
  ]);
  assert.notEqual(emptyBg, normalBg);

  assert.equal(await page.locator('script').count(), 0);
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), [], 'the page loads nothing from the network');
  assert.deepEqual(problems, []);
  await page.close();
});
