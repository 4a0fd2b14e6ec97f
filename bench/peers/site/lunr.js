// Lunr page: lunr.js with lunr-languages' Dutch support (lunr.stemmer.support + lunr.nl, loaded
// as scripts before this one) and the index prebuilt and serialised at build time
// (lunr.Index.load). Every typed word goes through the Dutch search pipeline (stemmer); the last
// word, while being typed, also as a trailing wildcard so partial words match. Lunr has no
// facets: the hard filters are applied after the search to the documents shipped beside the
// index (Lunr stores none). Without text: every document, filtered, in catalogue order. No typo
// tolerance unless typed as Lunr syntax; no facet counts, why-texts or chips (see page.js).
import { mount, passes } from './page.js';

const lunr = window.lunr;
const [serialised, docs] = await Promise.all([
  fetch('data/lunr.json').then((r) => r.json()),
  fetch('data/lunr-docs.json').then((r) => r.json()),
]);
const index = lunr.Index.load(serialised);
const byId = new Map(docs.map((d) => [d.id, d]));

function search(q, limit) {
  const text = q.text;
  const words = lunr.tokenizer(text).map((t) => t.toString()).filter(Boolean);
  let ranked;
  if (words.length) {
    const typing = !/\s$/.test(text);
    ranked = index.query((query) => {
      words.forEach((w, i) => {
        query.term(w);
        if (typing && i === words.length - 1) query.term(w, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
      });
    }).map((r) => byId.get(r.ref));
  } else {
    ranked = docs;
  }
  return ranked.filter((d) => passes(d, q)).slice(0, limit).map((d) => ({ id: d.id, title: d.title, summary: d.summary, audiences: d.audiences }));
}

mount(search);
