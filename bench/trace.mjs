// Long tasks from a Chromium performance trace (`browser.startTracing` in Playwright, the same
// trace DevTools records): the top-level tasks on the main thread (`CrRendererMain`) of the
// page's own renderer, as the scheduler names them (`ThreadControllerImpl::RunTask`, older builds
// `RunTask`). The trace also holds Chromium's own renderers (a "WebUI Top Renderer" in headless
// mode), whose tasks are not the page's; and the traced load is driven through the DevTools
// protocol, not Playwright's injected scripts, whose start (40–60 ms at 4× slowdown) is not the
// page's work either.
import { BASE } from '../tests/e2e/browser.mjs';
import { throttle, WORD } from './profiles.mjs';

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
/** The categories the bench traces (a DevTools performance recording's). */
export const CATEGORIES = ['devtools.timeline', 'toplevel', 'disabled-by-default-devtools.timeline'];

/** The main threads (`pid:tid`) of the renderers that hosted the traced page's frames. */
function pageThreads(events) {
  const pids = new Set();
  for (const e of events) {
    if (e.name === 'TracingStartedInBrowser') for (const f of e.args?.data?.frames ?? []) pids.add(f.processId);
    if (e.name === 'FrameCommittedInBrowser') pids.add(e.args?.data?.processId);
  }
  return new Set(events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid))
    .map((e) => `${e.pid}:${e.tid}`));
}

/** The page's top-level main-thread tasks in time order (a task nested in another counts as the outer one). */
export function topTasks(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const main = pageThreads(events);
  const tasks = events
    .filter((e) => e.ph === 'X' && TASKS.has(e.name) && typeof e.dur === 'number' && main.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts || b.dur - a.dur);
  const top = [];
  for (const t of tasks) {
    const outer = top.at(-1);
    if (outer && outer.pid === t.pid && outer.tid === t.tid && t.ts < outer.ts + outer.dur) continue;
    top.push(t);
  }
  if (!top.length) throw new Error('the trace holds no main-thread tasks of the page: is the category list right?');
  return top.sort((a, b) => a.ts - b.ts);
}

/** How `tasks`' durations (ms) stand against `limit`: the longest, how many lasted over it, the five longest. */
function summary(tasks, limit) {
  const ms = tasks.map((t) => t.dur / 1000).sort((a, b) => b - a);
  const round = (x) => Math.round(x * 10) / 10;
  return {
    longest_task_ms: round(ms[0] ?? 0),
    tasks_over_limit: ms.filter((d) => d > limit).length,
    limit_ms: limit,
    longest_five_ms: ms.slice(0, 5).map(round),
    tasks: ms.length,
  };
}

/**
 * The page's main-thread tasks against `limit` ms: all of them, and (`after_commit`) all but the
 * navigation commit, the task holding `CommitLoad`, in which the browser swaps in the new
 * document and starts its parser. Every page has that task, an empty one too (`tracedEmpty`
 * measures it beside ours); `navigation_commit_ms` is ours. With the widget on the page,
 * `from_widget_script`: the tasks from its element script's start on (goal 2 is about those).
 */
export function longTasks(trace, limit) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const top = topTasks(events);
  const commits = events.filter((e) => e.name === 'CommitLoad');
  const isCommit = (t) => commits.some((c) => c.pid === t.pid && c.tid === t.tid && c.ts >= t.ts && c.ts < t.ts + t.dur);
  const commit = top.filter(isCommit);
  // The widget's tasks: from its element script's compilation on (every task that ends after
  // it). Before it, the page is only the host's: parsed, styled and laid out for the first time
  // with `<preventie-wijzer>` still an empty, unknown element.
  const script = events.find((e) => e.name === 'v8.compileModule' && /\/preventiewijzer\.js(\?|$)/.test(e.args?.data?.url ?? ''));
  const widget = script ? top.filter((t) => t.ts + t.dur >= script.ts) : [];
  return {
    ...summary(top, limit),
    navigation_commit_ms: Math.round(commit.reduce((sum, t) => sum + t.dur, 0) / 100) / 10,
    after_commit: summary(top.filter((t) => !isCommit(t)), limit),
    ...(script ? { from_widget_script: summary(widget.filter((t) => !isCommit(t)), limit) } : {}),
  };
}

/** A new phone-sized page on `profile`, traced while `drive(page, context)` runs; returns the parsed trace. */
async function traced(browser, profile, categories, drive) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await throttle(context, page, profile);
  await browser.startTracing(page, { categories });
  await drive(page, context);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  await context.close();
  return trace;
}

/**
 * One cold load of `base` on `profile`, traced: the first results, focus the search field, type
 * WORD (each key once the previous one painted), until the app (not the prerendered first view,
 * whose no-text list is marked tier 2 too) shows the tier-2 list for it, then 500 ms more. The
 * page is driven through the DevTools protocol only. Returns the parsed trace.
 */
export function tracedLoad(browser, profile, { categories = CATEGORIES, base = BASE } = {}) {
  return traced(browser, profile, categories, async (page, context) => {
    const cdp = await context.newCDPSession(page);
    const js = async (expression) => {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
      if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value;
    };
    const until = async (expression, what) => {
      const deadline = Date.now() + 120_000;
      while (!(await js(expression))) {
        if (Date.now() > deadline) throw new Error(`traced load: no ${what} within 120 s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const root = "document.querySelector('preventie-wijzer')?.shadowRoot";
    await page.goto(base, { timeout: 120_000 });
    await until(`!!${root}?.querySelector('.pw-card')`, 'first results');
    await js(`${root}.querySelector('input[type="search"]').focus()`);
    for (const c of WORD) {
      await page.keyboard.press(c);
      await js('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
    }
    await until(`(() => { const root = ${root}; return root?.querySelector('input[name="q"]')?.value === ${JSON.stringify(WORD)}
      && !root.querySelector('.pw-first') && !!root.querySelector('.pw-results[data-tier="2"] .pw-card'); })()`, 'tier-2 list of the app');
    await page.waitForTimeout(500);
  });
}

/** `body` served as `name` on the origin of `base`, traced on `profile` from navigation to 2 s after its load. */
function tracedStatic(browser, profile, categories, base, name, body) {
  return traced(browser, profile, categories, async (page) => {
    const url = new URL(name, base).href;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
    await page.goto(url, { timeout: 120_000 });
    await page.waitForTimeout(2000);
  });
}

/** An empty page (`<p>`, no script) on the same origin and profile: the browser's own tasks, to read ours against. */
export function tracedEmpty(browser, profile, { categories = CATEGORIES, base = BASE } = {}) {
  const body = '<!doctype html><html lang="nl"><meta charset="utf-8"><title>Leeg</title><p>Leeg</p></html>';
  return tracedStatic(browser, profile, categories, base, 'bench-empty-page.html', body);
}

/**
 * The same page as `base` without the widget (its element script and `<preventie-wijzer>`
 * elements taken out; the host's own CSS and text stay), on the same origin and profile: the
 * host page's own tasks (its first layout above all), to read ours against.
 */
export async function tracedHostAlone(browser, profile, { categories = CATEGORIES, base = BASE } = {}) {
  const html = await (await fetch(base)).text();
  const alone = html
    .replace(/<script\b[^>]*\bsrc="[^"]*preventiewijzer\.js"[^>]*><\/script>/g, '')
    .replace(/<preventie-wijzer\b[^>]*>[\s\S]*?<\/preventie-wijzer>/g, '');
  if (alone === html) throw new Error(`host page alone: ${base} holds no widget to take out`);
  return tracedStatic(browser, profile, categories, base, 'bench-host-alone.html', alone);
}
