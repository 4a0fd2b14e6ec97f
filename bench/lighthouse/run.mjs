// Goal 6 of the benchmark: Lighthouse's mobile performance score of `/` and `/ouders.html`, with
// Lighthouse pinned at 12.2.3 (bench/lighthouse/package-lock.json; it runs on Node 20) driving
// Debian's chromium (nothing downloads a browser). Lighthouse's own mobile defaults: a Moto G
// Power screen, simulated 4× CPU slowdown and slow 4G. Each page is measured `PW_LIGHTHOUSE_RUNS`
// times (default 3) in a fresh headless browser; the median score counts, as Lighthouse's docs
// advise for variable machines.
//
//   PW_BASE_URL=http://localhost:8080/ node bench/lighthouse/run.mjs   (after `cargo xtask serve`)
//
// Prints JSON: per page the median score (0–100), every run's score, and the median run's
// first contentful paint, largest contentful paint, total blocking time and layout shift.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, 'node_modules/lighthouse/cli/index.js');
const base = process.env.PW_BASE_URL ?? 'http://localhost:8080/';
const runs = Number(process.env.PW_LIGHTHOUSE_RUNS ?? 3);
const pages = ['/', '/ouders.html'];

function once(url) {
  const dir = mkdtempSync(join(tmpdir(), 'pw-lighthouse-'));
  const out = join(dir, 'report.json');
  try {
    execFileSync(process.execPath, [cli, url, '--only-categories=performance', '--form-factor=mobile', '--quiet',
      '--chrome-flags=--headless=new --no-sandbox', '--output=json', `--output-path=${out}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, stdio: ['ignore', 'ignore', 'inherit'] });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    if (report.runtimeError) throw new Error(`${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
    const audit = (id) => Math.round(report.audits[id].numericValue * 1000) / 1000;
    return {
      version: report.lighthouseVersion,
      score: Math.round(report.categories.performance.score * 100),
      fcp_ms: Math.round(audit('first-contentful-paint')),
      lcp_ms: Math.round(audit('largest-contentful-paint')),
      tbt_ms: Math.round(audit('total-blocking-time')),
      cls: audit('cumulative-layout-shift'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const result = {};
for (const page of pages) {
  const all = Array.from({ length: runs }, () => once(new URL(page, base).href));
  const median = [...all].sort((a, b) => a.score - b.score)[Math.floor(all.length / 2)];
  result[page] = { ...median, runs: all.map((r) => r.score) };
}
console.log(JSON.stringify(result));
