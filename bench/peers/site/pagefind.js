// Pagefind page: its browser API (pagefind.js, which fetches its wasm, the Dutch index chunks,
// filter chunks and one fragment per shown result on demand). Text goes to pagefind.search()
// with the hard filters as Pagefind `filters` (age: `any` of the window's ages); without text a
// null search with the filters, sorted by the catalogue order sort key. Cards come from each
// result's data() (its meta). No facet counts shown (Pagefind could give them), no why-texts or
// chips (see page.js).
import { MAX_AGE } from './config.js';
import { mount, ageTags } from './page.js';

const pagefind = await import('./pagefind/pagefind.js');
await pagefind.options({ baseUrl: '/' });
await pagefind.init();

function filters(q) {
  const f = {};
  if (q.audiences?.length) f.doelgroep = { any: q.audiences };
  if (q.topics?.length) f.thema = { any: q.topics };
  if (q.risk_groups?.length) f.risicogroep = { any: q.risk_groups };
  const ages = ageTags(q, MAX_AGE);
  if (ages.length) f.leeftijd = { any: ages };
  return f;
}

async function search(q, limit) {
  const text = q.text.trim();
  const found = text
    ? await pagefind.search(text, { filters: filters(q) })
    : await pagefind.search(null, { filters: filters(q), sort: { ord: 'asc' } });
  const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  return data.map((d) => ({ id: d.meta.id, title: d.meta.title, summary: d.meta.summary, audiences: d.meta.audiences }));
}

mount(search);
