// What every peer page shares: a search box and a list of at most 10 result cards (title,
// summary, audiences), rendered on page load (no text: the catalogue list) and on every input
// event, like our widget. Not done here but done by our widget: facet controls and counts,
// the "why this fits" texts, filter chips, snippets with marked words, suggestions, helplines,
// English labels. The benchmark calls `window.peerSearch(query, limit)` directly to measure
// query latency and relevance; a query is { text, audiences, topics, risk_groups, age_window }.

/** Our hard-filter semantics (crates/engine/src/pipeline/filter.rs) over stored facet values, for peers that filter in JS. */
export function passes(r, q) {
  const any = (chosen, have) => !chosen?.length || chosen.some((c) => have.includes(c));
  const w = q.age_window;
  const age = !w || ((r.age_min == null || r.age_min <= w[1]) && (r.age_max == null || r.age_max >= w[0]));
  return age && any(q.audiences, r.audience_tags) && any(q.topics, r.topics) && any(q.risk_groups, r.risk_groups);
}

/** The ages of the query's window as the age tags the build wrote (0…maxAge, higher ages clamped). */
export function ageTags(q, maxAge) {
  if (!q.age_window) return [];
  const [lo, hi] = q.age_window.map((a) => Math.min(a, maxAge));
  return Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i));
}

/** `search(query, limit)` returns (a promise of) hits { id, title, summary, audiences }, best first. */
export function mount(search) {
  const input = document.querySelector('input[type="search"]');
  const list = document.querySelector('#results');
  let latest = 0;
  window.__renders = [];
  const run = async () => {
    const seq = ++latest;
    const text = input.value;
    const hits = await search({ text }, 10);
    if (seq !== latest) return; // a newer keystroke already asked
    list.replaceChildren(...hits.map(card));
    window.__renders.push({ text, t: performance.now() });
  };
  input.addEventListener('input', run);
  window.peerSearch = search;
  return run();
}

function card(hit) {
  const li = document.createElement('li');
  li.className = 'card';
  li.dataset.id = hit.id;
  const h = document.createElement('h3');
  h.textContent = hit.title;
  const p = document.createElement('p');
  p.textContent = hit.summary;
  li.append(h, p);
  if (hit.audiences) {
    const a = document.createElement('p');
    a.className = 'audiences';
    a.textContent = hit.audiences;
    li.append(a);
  }
  return li;
}
