// Browser measurements for `cargo xtask bench`, in headless Chromium, each profile:
//  - time to first results: cold loads (new context, nothing cached), navigation start → first card
//    (the prerendered first view or the app), and the widget files complete by then with their bytes as sent;
//  - time to full-text ready (tier 2): navigation start → the `preventiewijzer-tier2-ready` event,
//    and → the first tier-2 list (`data-tier="2"`) after typing a word;
//  - first and last keystroke of a word typed right after the first results → its tier-2 list
//    (tier 2 loads on focus or typing, or while idle on a fast connection: this is what full text
//    costs someone who wants it);
//  - the longest main-thread task during load and typing (three extra traced loads per profile, from
//    a DevTools performance trace: top-level `RunTask`s on the page renderer's main thread; trace.mjs);
//  - keystroke-to-paint while typing the 12-letter query "weerbaarheid" (keydown → next frame);
//  - engine query latency in wasm over the judged query set (PW_QUERIES: JSON array of Query).
// The "mobile" profile uses the DevTools protocol: CPU 4× slower, 150 ms RTT, 1.6 Mbit/s down.
// Prints one JSON object.
import { launch, BASE, widgetUrl, widgetFiles } from '../tests/e2e/browser.mjs';
import { readFileSync } from 'node:fs';
import { PROFILES, throttle, median, pct, round, recordKeystrokes, typeWord, WORD } from './profiles.mjs';
import { longTasks, tracedEmpty, tracedHostAlone, tracedLoad } from './trace.mjs';

const RUNS = Number(process.env.PW_BENCH_RUNS ?? 5);
// PW_TRACES: traced loads per profile for the long tasks (default 3; the median is reported).
const TRACES = Number(process.env.PW_TRACES ?? 3);
// PW_PROFILES: which profiles (default both); PW_QUERY_ROUNDS: rounds over the judged queries (default 5).
const ONLY = process.env.PW_PROFILES?.split(',');
const ROUNDS = Number(process.env.PW_QUERY_ROUNDS ?? 5);
const queries = JSON.parse(readFileSync(process.env.PW_QUERIES, 'utf8'));


async function newPage(browser, profile) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await throttle(context, page, profile);
  await page.addInitScript((word) => {
    const poll = () => {
      const el = document.querySelector('preventie-wijzer');
      if (window.__firstResults === undefined && el?.shadowRoot?.querySelector('.pw-card')) {
        window.__firstResults = performance.now();
        // What the first card needed at most: the widget's files whose responses were complete by
        // then, each with its body as sent (brotli); files still arriving are not counted.
        window.__firstFiles = performance.getEntriesByType('resource')
          .filter((e) => e.responseEnd > 0 && e.responseEnd <= window.__firstResults && new URL(e.name).pathname.includes('/widget/'))
          .map((e) => ({ file: new URL(e.name).pathname.split('/').pop(), bytes: e.encodedBodySize }));
      }
      if (window.__firstResults === undefined) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
    document.addEventListener('preventiewijzer-tier2-ready', () => { window.__tier2Ready ??= performance.now(); });
    // The first frame showing the app's tier-2 list for the whole typed word (not the prerendered
    // first view, whose no-text list is marked tier 2 too).
    const tier2Shown = () => {
      const root = document.querySelector('preventie-wijzer')?.shadowRoot;
      if (root?.querySelector('input[name="q"]')?.value === word && !root.querySelector('.pw-first') && root.querySelector('.pw-results[data-tier="2"] .pw-card')) {
        window.__tier2Shown = performance.now();
      } else requestAnimationFrame(tier2Shown);
    };
    document.addEventListener('keydown', () => { if (!window.__watching) { window.__watching = true; requestAnimationFrame(tier2Shown); } }, true);
  }, WORD);
  await page.addInitScript(recordKeystrokes);
  return { context, page };
}

/**
 * TRACES more cold loads, each traced (load, focus, type WORD, the app's tier-2 list): the page's
 * long main-thread tasks, from the load whose longest task from the widget's element script on is
 * the median (one load's longest varies from load to load), with every load's longest listed.
 * Beside it, as often: an empty page's (its navigation commit is the browser's own floor) and the
 * same page without the widget (the host's own tasks, its first layout above all).
 */
async function traced(browser, profile) {
  // The run whose `key` is the median (the numbers' `median` of profiles.mjs gives no run).
  const medianRun = (runs, key) => [...runs].sort((a, b) => key(a) - key(b))[(runs.length - 1) >> 1];
  const widget = (l) => l.from_widget_script.longest_task_ms;
  const loads = [];
  const empties = [];
  const alone = [];
  for (let i = 0; i < TRACES; i++) {
    loads.push(longTasks(await tracedLoad(browser, profile), 50));
    empties.push(longTasks(await tracedEmpty(browser, profile), 50));
    alone.push(longTasks(await tracedHostAlone(browser, profile), 50));
  }
  const empty = medianRun(empties, (l) => l.navigation_commit_ms);
  const host = medianRun(alone, (l) => l.after_commit.longest_task_ms);
  return {
    ...medianRun(loads, widget),
    runs_from_widget_script_longest_ms: loads.map(widget),
    runs_after_commit_longest_ms: loads.map((l) => l.after_commit.longest_task_ms),
    empty_page: { longest_task_ms: empty.longest_task_ms, navigation_commit_ms: empty.navigation_commit_ms },
    host_alone: {
      after_commit_longest_ms: host.after_commit.longest_task_ms,
      after_commit_over_limit: host.after_commit.tasks_over_limit,
      runs_after_commit_longest_ms: alone.map((l) => l.after_commit.longest_task_ms),
    },
  };
}

/**
 * One more cold load with Save-Data on, left alone for 3 s after the first results: how many
 * tier-2 files it fetched (goal: none, full text costs nothing until it is wanted); then the
 * first keystroke → tier-2 list with tier 2 fetched only then.
 */
async function untouched(browser, profile) {
  const { context, page } = await newPage(browser, profile);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  const tier2 = (await widgetFiles()).filter((f) => f.tier === 'tier-2').map((f) => new URL(`widget/${f.url}`, BASE).href);
  const fetched = [];
  context.on('request', (r) => { if (tier2.includes(r.url())) fetched.push(r.url()); });
  await page.goto(BASE, { timeout: 120_000 });
  await page.waitForFunction(() => window.__firstResults !== undefined, null, { timeout: 120_000 });
  await page.waitForTimeout(3000);
  const before = fetched.length;
  // Then someone types: tier 2 is fetched from cold (Save-Data keeps it from loading while idle).
  // (The visible field: the first view's, or the app's once it has taken over.)
  await page.locator('preventie-wijzer input[type="search"]:visible').focus();
  await typeWord(page);
  await page.waitForFunction(() => window.__tier2Shown !== undefined, null, { timeout: 120_000 });
  const [at, first] = await page.evaluate(() => [window.__tier2Shown, window.__keydowns[0]]);
  await context.close();
  return { tier2_requests_before_focus: before, first_keystroke_to_tier2_ms: Math.round(at - first) };
}

/** Per run the widget bytes complete before the first card: their median, and the files of the median run. */
function bytesBefore(runs) {
  const totals = runs.map((files) => files.reduce((sum, f) => sum + f.bytes, 0));
  const at = totals.indexOf(median(totals));
  return { median: median(totals), runs: totals, files: runs[at] };
}

async function measure(browser, profile) {
  const firstResults = [];
  const firstFiles = [];
  const tier2Ready = [];
  const tier2Shown = [];
  const fromFirstKey = [];
  const fromLastKey = [];
  const keys = [];
  let wasm = null;
  let wasm2 = null;
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await newPage(browser, profile);
    await page.goto(BASE, { timeout: 120_000 });
    await page.waitForFunction(() => window.__firstResults !== undefined, null, { timeout: 120_000 });
    firstResults.push(await page.evaluate(() => window.__firstResults));
    firstFiles.push(await page.evaluate(() => window.__firstFiles));
    const input = page.locator('preventie-wijzer input[type="search"]:visible');
    await input.focus();
    keys.push(...(await typeWord(page)));
    // The tier-2 list for the typed word, and when tier 2 said it was ready.
    await page.waitForFunction(() => window.__tier2Shown !== undefined, null, { timeout: 120_000 });
    const [at, first, last] = await page.evaluate(() => [window.__tier2Shown, window.__keydowns[0], window.__keydowns.at(-1)]);
    tier2Shown.push(at);
    fromFirstKey.push(at - first);
    fromLastKey.push(at - last);
    await page.waitForFunction(() => window.__tier2Ready !== undefined, null, { timeout: 120_000 });
    tier2Ready.push(await page.evaluate(() => window.__tier2Ready));
    if (i === 0) {
      [wasm, wasm2] = await page.evaluate(async ([queries, glueUrl, tier2Url, rounds]) => {
        const times = (search) => {
          const out = [];
          for (let r = 0; r < rounds; r++) {
            for (const q of queries) {
              const t0 = performance.now();
              search(JSON.stringify(q));
              out.push(performance.now() - t0);
            }
          }
          return out;
        };
        // Tier 1: the widget's own module instance (already open); tier 2: the full-text engine on this thread.
        const tier1 = (await import(glueUrl)).search_json;
        const tier2 = await (await import(tier2Url)).load();
        return [times(tier1), times(tier2)];
      }, [queries, await widgetUrl('preventiewijzer_widget.js'), await widgetUrl('preventiewijzer-tier2-engine.js'), ROUNDS]);
    }
    await context.close();
  }
  return {
    first_results_ms: { median: Math.round(median(firstResults)), runs: firstResults.map(Math.round) },
    first_results_bytes: bytesBefore(firstFiles),
    tier2_ready_ms: { median: Math.round(median(tier2Ready)), runs: tier2Ready.map(Math.round) },
    tier2_after_typing_ms: { median: Math.round(median(tier2Shown)), runs: tier2Shown.map(Math.round) },
    first_keystroke_to_tier2_ms: { median: Math.round(median(fromFirstKey)), runs: fromFirstKey.map(Math.round) },
    last_keystroke_to_tier2_ms: { median: Math.round(median(fromLastKey)), runs: fromLastKey.map(Math.round) },
    main_thread: await traced(browser, profile),
    save_data: await untouched(browser, profile),
    keystroke_to_paint_ms: { p50: round(pct(keys, 0.5)), p95: round(pct(keys, 0.95)), keys: keys.length },
    wasm_query_ms: { p50: round(pct(wasm, 0.5)), p95: round(pct(wasm, 0.95)), queries: wasm.length },
    wasm_tier2_query_ms: { p50: round(pct(wasm2, 0.5)), p95: round(pct(wasm2, 0.95)), queries: wasm2.length },
  };
}

const browser = await launch();
const out = {};
for (const [name, profile] of Object.entries(PROFILES)) if (!ONLY || ONLY.includes(name)) out[name] = await measure(browser, profile);
await browser.close();
console.log(JSON.stringify(out));
