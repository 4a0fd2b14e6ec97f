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

/**
 * The widget's files as published: `widget/files.json` is widget/manifest.toml with each file's
 * content-hashed name (`url`), which the build gives every file but the element script.
 */
export async function widgetFiles(base = BASE) {
  return (await (await fetch(new URL('widget/files.json', base))).json()).files;
}

/** The URL of a widget file by its plain name. */
export async function widgetUrl(name, base = BASE) {
  const file = (await widgetFiles(base)).find((f) => f.name === name);
  if (!file) throw new Error(`${name} is not in widget/files.json`);
  return new URL(`widget/${file.url}`, base).href;
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
  await appShown(page);
  return { page, messages };
}

/**
 * Waits until the widgets in `scope` (a page, a frame or a frame locator) show results from the
 * app itself, not from the prerendered first view shown until it has started (the app renders
 * unseen beside the view meanwhile, so a control would be found twice).
 */
export async function appShown(scope) {
  await scope.locator('preventie-wijzer .pw-card').first().waitFor();
  await scope.locator('preventie-wijzer .pw-first').first().waitFor({ state: 'detached' });
}

/**
 * The ids of the cards shown, in order, once the status line says `total` and the list holds
 * the full-text ranking (`data-tier="2"`, the CLI's ranking), not tier 1's first answer.
 */
export async function shownIds(page, total, scope = 'preventie-wijzer') {
  await page.locator(`${scope} .pw-results[data-tier="2"] .pw-status`).filter({ hasText: new RegExp(`^${total} `) }).waitFor();
  return page.locator(`${scope} .pw-results[data-tier="2"] .pw-card`).evaluateAll((cards) => cards.map((c) => c.dataset.id));
}

// ---- Helpers for the page, accessibility and privacy tests ----
import { readFileSync } from 'node:fs';

/** Where screenshots go (`cargo xtask test` sets PW_ARTIFACTS to target/test-artifacts). */
export const ARTIFACTS = process.env.PW_ARTIFACTS ?? `${root}target/test-artifacts`;

/** The pages in `www/` that embed the widget, and how many widgets each has. */
export const PAGES = {
  'index.html': 1,
  'school.html': 1,
  'ouders.html': 1,
  'gemeente.html': 2,
  'nlds.html': 2,
  'embed.html': 4,
};

/**
 * Opens `path` with any `browser.newPage` options (viewport, deviceScaleFactor, permissions…)
 * and waits until every widget on the page shows its status line and at least one card.
 */
export async function openPage(browser, path, options = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, ...options });
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.goto(new URL(path, BASE).href);
  await widgetsReady(page);
  return { page, messages };
}

/**
 * Waits until every <preventie-wijzer> on the page has rendered its status line and a card, in
 * the app itself (not the prerendered first view shown until the app has started).
 */
export async function widgetsReady(page) {
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('preventie-wijzer')];
    return all.length > 0 && all.every((el) => el.shadowRoot?.querySelector('.pw-status') && el.shadowRoot.querySelector('.pw-card') && !el.shadowRoot.querySelector('.pw-first'));
  });
}

/** The focused element, looking into open shadow roots. */
export function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    let host = null;
    while (el?.shadowRoot?.activeElement) {
      host = el;
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      className: typeof el.className === 'string' ? el.className : '',
      name: el.getAttribute('name'),
      type: el.getAttribute('type'),
      text: el.textContent.trim().slice(0, 80),
      href: el.getAttribute('href'),
      target: el.getAttribute('target'),
      rel: el.getAttribute('rel'),
      host: host ? (host.id || host.tagName.toLowerCase()) : null,
      card: el.closest('.pw-card')?.dataset.id ?? null,
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
}

/** Presses Tab until `wanted(focused)` holds; returns what was focused on the way. */
export async function tabUntil(page, wanted, max = 120) {
  const path = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    path.push(f);
    if (f && wanted(f)) return path;
  }
  throw new Error(`not reached after ${max} Tabs; last: ${JSON.stringify(path.slice(-3))}`);
}

let axeSource;
/**
 * Runs axe-core over the document (open shadow roots included); returns readable violations.
 * axe is evaluated through the DevTools protocol rather than a <script> tag, so it also runs
 * on pages with a strict Content-Security-Policy.
 */
export async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    axeSource ??= readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');
    await page.evaluate(axeSource);
  }
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n')}`);
}
