// Time to first results: cold loads of the demo page in headless Chromium (new context each
// time, so nothing is cached), from navigation start to the first result card in the DOM.
// Prints JSON: { loads_ms: [...], median_ms }.
import { launch, BASE } from '../tests/e2e/browser.mjs';

const runs = Number(process.env.PW_BENCH_RUNS ?? 5);
const browser = await launch();
const loads = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const el = document.querySelector('preventie-wijzer');
      if (el?.shadowRoot?.querySelector('.pw-card')) {
        window.__firstResults = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
    // Shadow-root content does not reach a document observer: also poll each frame.
    const poll = () => {
      const el = document.querySelector('preventie-wijzer');
      if (window.__firstResults === undefined && el?.shadowRoot?.querySelector('.pw-card')) window.__firstResults = performance.now();
      if (window.__firstResults === undefined) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  await page.goto(BASE);
  await page.waitForFunction(() => window.__firstResults !== undefined);
  loads.push(await page.evaluate(() => window.__firstResults));
  await context.close();
}
await browser.close();
const sorted = [...loads].sort((a, b) => a - b);
console.log(JSON.stringify({ loads_ms: loads.map((x) => Math.round(x)), median_ms: Math.round(sorted[Math.floor(sorted.length / 2)]) }));
