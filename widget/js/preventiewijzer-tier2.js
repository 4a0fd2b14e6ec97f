// Tier 2 of <preventie-wijzer>: the full-text engine, shared by all instances on a page. One
// module worker; where workers are unavailable the same engine runs on the main thread. The
// element script (preventiewijzer.js) imports this module only once full text is wanted, so a
// page view in which nobody searches never downloads it. Until the engine is ready each
// instance's latest question waits (the tier-1 answer stays on screen meanwhile).

export const tier2 = {
  state: 'idle', // idle → loading → ready (or failed)
  folder: null, // a data folder's {index, records} addresses; null: the national files next to this script
  worker: null,
  direct: null, // the engine module when it runs on the main thread
  nextId: 1,
  waiting: new Map(), // owner → {json, done}, asked before tier 2 was ready
  answers: new Map(), // id → {owner, done}
  latest: new Map(), // owner → id of its latest question
  // Every `done` is called exactly once (with null when there is no answer): the widget's
  // callbacks are freed when called.
  ask(owner, json, done) {
    if (this.state === 'failed') {
      done(null);
      return;
    }
    if (this.state !== 'ready') {
      this.waiting.get(owner)?.done(null);
      this.waiting.set(owner, { json, done });
      return;
    }
    this.send(owner, json, done);
  },
  send(owner, json, done) {
    const id = this.nextId++;
    this.latest.set(owner, id);
    if (this.direct) {
      const results = this.direct.search_json(json);
      // Asynchronous like the worker's answer, so the widget never re-renders inside its own effect.
      queueMicrotask(() => done(this.latest.get(owner) === id ? results : null));
      return;
    }
    this.answers.set(id, { owner, done });
    this.worker.postMessage({ id, query: json });
  },
  answer({ id, results }) {
    const asked = this.answers.get(id);
    this.answers.delete(id);
    if (asked) asked.done(this.latest.get(asked.owner) === id ? results : null);
  },
  ready() {
    this.state = 'ready';
    for (const [owner, { json, done }] of this.waiting) this.send(owner, json, done);
    this.waiting.clear();
    for (const el of document.querySelectorAll('preventie-wijzer')) {
      el.dispatchEvent(new CustomEvent('preventiewijzer-tier2-ready', { bubbles: true }));
    }
  },
  failed(error) {
    this.state = 'failed';
    for (const { done } of this.waiting.values()) done(null);
    this.waiting.clear();
    for (const { done } of this.answers.values()) done(null);
    this.answers.clear();
    console.warn('<preventie-wijzer> full-text search is unavailable; the quick search stays:', error);
  },
  async onMainThread() {
    try {
      const { load } = await import('./preventiewijzer-tier2-engine.js');
      this.direct = { search_json: await load(this.folder) };
      this.ready();
    } catch (error) {
      this.failed(error);
    }
  },
  /** Starts loading the engine (once) over `folder` (see above); returns this object. */
  start(folder) {
    if (this.state !== 'idle') return this;
    this.state = 'loading';
    this.folder = folder;
    try {
      this.worker = new Worker(new URL('./preventiewijzer-tier2-worker.js', import.meta.url), { type: 'module' });
      this.worker.postMessage({ open: this.folder });
    } catch {
      this.onMainThread();
      return this;
    }
    this.worker.onmessage = ({ data }) => {
      if (data.ready) this.ready();
      else if (data.failed !== undefined) {
        this.worker.terminate();
        this.worker = null;
        this.onMainThread();
      } else this.answer(data);
    };
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      if (this.state !== 'loading') return;
      this.worker?.terminate();
      this.worker = null;
      this.onMainThread();
    };
    return this;
  },
};
