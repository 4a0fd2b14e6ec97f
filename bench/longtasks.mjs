// The main thread's long tasks, each with what ran in it: the traced load + typing of
// `bench/browser.mjs` (same profile, same steps), repeated PW_RUNS times, without the rest of the
// bench. For working on goal 2 (no task over 50 ms at 4× CPU slowdown) in a minute or two:
//   cargo xtask serve --no-build --port 8090 &   # after `cargo xtask build`
//   PW_BASE_URL=http://127.0.0.1:8090/ node bench/longtasks.mjs
// PW_RUNS (default 3), PW_PROFILE (default mobile), PW_OVER (ms listed, default 30),
// PW_SAMPLES=1 (name the functions that ran: V8's sampling profiler, which slows the page), PW_TRACE (a file to write the last run's trace to, for DevTools' Performance panel).
import { writeFileSync } from 'node:fs';
import { launch } from '../tests/e2e/browser.mjs';
import { PROFILES } from './profiles.mjs';
import { CATEGORIES, longTasks, topTasks, tracedEmpty, tracedHostAlone, tracedLoad } from './trace.mjs';

const RUNS = Number(process.env.PW_RUNS ?? 3);
const PROFILE = process.env.PW_PROFILE ?? 'mobile';
const OVER = Number(process.env.PW_OVER ?? 30);
// The bench's categories, the scripts' names; PW_SAMPLES=1 adds V8's sampling profiler.
const categories = [...CATEGORIES, 'v8.execute', 'blink.user_timing', ...(process.env.PW_CATEGORIES?.split(',') ?? []), ...(process.env.PW_SAMPLES === '1' ? ['disabled-by-default-v8.cpu_profiler'] : [])];

/** The CPU profile samples of every thread: [{pid, tid, ts, frames: [leaf … root]}]. */
function samples(events) {
  const profiles = new Map();
  const out = [];
  for (const e of events) {
    if (e.name === 'Profile') profiles.set(`${e.pid}:${e.id}`, { pid: e.pid, tid: e.tid, t: e.args.data.startTime, nodes: new Map() });
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    if (!p) continue;
    const { cpuProfile = {}, timeDeltas = [] } = e.args.data;
    for (const n of cpuProfile.nodes ?? []) p.nodes.set(n.id, n);
    (cpuProfile.samples ?? []).forEach((id, i) => {
      p.t += timeDeltas[i] ?? 0;
      const frames = [];
      for (let n = p.nodes.get(id); n; n = p.nodes.get(n.parent)) frames.push(n.callFrame);
      out.push({ pid: p.pid, tid: p.tid, ts: p.t, frames }); // (chunks come from the profiler's own thread)
    });
  }
  return out;
}

/** The page's `performance.measure`s (ms), when it makes any (a quick way to time a step). */
function userTiming(events, from) {
  const open = new Map();
  const out = [];
  for (const e of events.filter((e) => e.cat?.includes('blink.user_timing')).sort((a, b) => a.ts - b.ts)) {
    const key = `${e.name}:${e.id2?.local ?? e.id ?? ''}`;
    if (e.ph === 'b') open.set(key, e.ts);
    if (e.ph === 'e' && open.has(key)) out.push(`${e.name} ${((e.ts - open.get(key)) / 1000).toFixed(1)} (at ${((open.get(key) - from) / 1000).toFixed(0)})`);
  }
  return out;
}

const short = (url) => (url ? url.split('/').pop().replace(/\.[0-9a-f]{12}\./, '.') : '');
const frameName = (f) => `${f.functionName || '(anonymous)'}${f.url ? ` ${short(f.url)}${f.lineNumber >= 0 ? `:${f.lineNumber + 1}` : ''}` : ''}`;

/** What ran inside `task`: the trace events nested in it, and the sampled functions. */
function explain(task, events, sampled) {
  const end = task.ts + task.dur;
  const inside = events.filter((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end && e !== task && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // The steps of 2 ms or more, four levels down, in order.
  const steps = [];
  const level = (from, to, depth) => {
    let last = -1;
    for (const e of inside) {
      if (e.ts < from || e.ts >= to || e.ts < last || e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') continue;
      last = e.ts + e.dur;
      if (e.dur >= 2000) {
        const d = e.args?.data ?? {};
        const what = [d.type, d.functionName, short(d.url)].filter(Boolean).join(' ');
        steps.push({ depth, dur: e.dur, text: `${e.name}${what ? `(${what})` : ''} ${(e.dur / 1000).toFixed(1)}` });
        if (depth < 3) level(e.ts + 1e-3, e.ts + e.dur, depth + 1);
      }
    }
  };
  // Nested tasks (a scheduler task inside a task) are looked through, not listed.
  level(task.ts + 1e-3, end, 0);
  // Self time per function from the samples (the leaf), and per script/wasm (any frame).
  const self = new Map();
  for (const s of sampled) {
    if (s.pid !== task.pid || s.tid !== task.tid || s.ts < task.ts || s.ts >= end) continue;
    const leaf = s.frames[0] ? frameName(s.frames[0]) : '(none)';
    const js = s.frames.find((f) => f.url) ?? s.frames[0];
    const key = `${leaf}  ← ${js ? frameName(js) : ''}`;
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  const hot = [...self].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, n]) => `${n}× ${k}`);
  return { steps: steps.map((x) => `${'  '.repeat(x.depth)}${x.text}`), hot };
}

const browser = await launch();
const all = [];
for (let run = 1; run <= RUNS; run++) {
  const trace = await tracedLoad(browser, PROFILES[PROFILE], { categories });
  const events = trace.traceEvents;
  if (run === RUNS && process.env.PW_TRACE) writeFileSync(process.env.PW_TRACE, JSON.stringify(trace));
  const summary = longTasks(trace, 50);
  all.push(summary);
  const top = topTasks(trace);
  const sampled = samples(events);
  console.log(`run ${run}: longest ${summary.longest_task_ms} ms, over 50 ms: ${summary.tasks_over_limit}, five longest ${summary.longest_five_ms.join(', ')} (${summary.tasks} tasks); navigation commit ${summary.navigation_commit_ms} ms, after it longest ${summary.after_commit.longest_task_ms} ms, over 50 ms: ${summary.after_commit.tasks_over_limit}; from the widget's script on longest ${summary.from_widget_script?.longest_task_ms} ms, over 50 ms: ${summary.from_widget_script?.tasks_over_limit}`);
  const measures = userTiming(events, top[0].ts);
  if (measures.length) console.log(`  performance.measure: ${measures.join(', ')}`);
  for (const t of top.filter((t) => t.dur / 1000 > OVER)) {
    const { steps, hot } = explain(t, events, sampled);
    console.log(`  ${(t.dur / 1000).toFixed(1)} ms at ${((t.ts - top[0].ts) / 1000).toFixed(0)} ms`);
    for (const step of steps.slice(0, 12)) console.log(`    ${step}`);
    for (const h of hot) console.log(`    ${h}`);
  }
}
const empty = [];
const alone = [];
for (let run = 1; run <= RUNS; run++) {
  empty.push(longTasks(await tracedEmpty(browser, PROFILES[PROFILE]), 50).navigation_commit_ms);
  alone.push(longTasks(await tracedHostAlone(browser, PROFILES[PROFILE]), 50).after_commit.longest_task_ms);
}
await browser.close();
console.log(`an empty page's navigation commit per run: ${empty.join(', ')} ms`);
console.log(`the same page without the widget, longest task after its commit per run: ${alone.join(', ')} ms`);
console.log(`longest per run: ${all.map((s) => s.longest_task_ms).join(', ')} ms; over 50 ms per run: ${all.map((s) => s.tasks_over_limit).join(', ')}`);
console.log(`after the navigation commit, longest per run: ${all.map((s) => s.after_commit.longest_task_ms).join(', ')} ms; over 50 ms per run: ${all.map((s) => s.after_commit.tasks_over_limit).join(', ')}`);
console.log(`from the widget's element script on, longest per run: ${all.map((s) => s.from_widget_script?.longest_task_ms).join(', ')} ms; over 50 ms per run: ${all.map((s) => s.from_widget_script?.tasks_over_limit).join(', ')}`);
