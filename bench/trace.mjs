// Long tasks from a Chromium performance trace (`browser.startTracing` in Playwright, the same
// trace DevTools records): the top-level tasks on each renderer's main thread (`CrRendererMain`),
// as the scheduler names them (`ThreadControllerImpl::RunTask`, older builds `RunTask`).

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/**
 * The longest main-thread task (ms), how many lasted over `limit` ms, and the five longest.
 * Nested task events (one name inside the other) count once, as the outer one.
 */
export function longTasks(trace, limit) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const main = new Set(events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`));
  const tasks = events
    .filter((e) => e.ph === 'X' && TASKS.has(e.name) && typeof e.dur === 'number' && main.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts || b.dur - a.dur);
  const top = [];
  for (const t of tasks) {
    const outer = top.at(-1);
    if (outer && outer.pid === t.pid && outer.tid === t.tid && t.ts < outer.ts + outer.dur) continue;
    top.push(t);
  }
  if (!top.length) throw new Error('the trace holds no main-thread tasks: is the category list right?');
  const ms = top.map((t) => t.dur / 1000).sort((a, b) => b - a);
  const round = (x) => Math.round(x * 10) / 10;
  return {
    longest_task_ms: round(ms[0]),
    tasks_over_limit: ms.filter((d) => d > limit).length,
    limit_ms: limit,
    longest_five_ms: ms.slice(0, 5).map(round),
    tasks: ms.length,
  };
}
