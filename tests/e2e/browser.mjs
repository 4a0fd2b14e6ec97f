// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core, the
// served demo site, and the CLI whose ranking the widget must show.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const BASE = process.env.PW_BASE_URL ?? 'http://127.0.0.1:8080/';
const CLI = process.env.PW_CLI ?? `${root}target/debug/preventiewijzer`;

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** The CLI's ranking for the same query: `preventiewijzer search --json ARGS`. */
export function cli(...args) {
  const out = execFileSync(CLI, ['search', '--json', '--limit', '10', '--catalogue', `${root}catalogue`, ...args], { encoding: 'utf8' });
  return JSON.parse(out);
}

/** Opens `path` and waits until the widget shows its first results. */
export async function open(browser, path = '', { viewport = { width: 1280, height: 800 } } = {}) {
  const page = await browser.newPage({ viewport });
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.goto(new URL(path, BASE).href);
  await page.locator('preventie-wijzer .pw-card').first().waitFor();
  return { page, messages };
}

/** The ids of the cards shown, in order, once the status line says `total`. */
export async function shownIds(page, total, scope = 'preventie-wijzer') {
  await page.locator(`${scope} .pw-status`).filter({ hasText: new RegExp(`^${total} `) }).waitFor();
  return page.locator(`${scope} .pw-card`).evaluateAll((cards) => cards.map((c) => c.dataset.id));
}
