// FlexSearch page: a Document index created with the build's options and filled with import()
// from the chunks export() wrote at build time (FlexSearch 0.8.212 needs the same options on
// import). Text goes to search() with `suggest` (a hit need not contain every word) and
// `merge` (one entry per document across fields); the hard filters go as `tag`s, as its
// document-search docs describe. Without text: the tag-only search (its docs: the intersection
// of the tags), or every stored document, in catalogue order. FlexSearch's Document search has
// no per-field weights: fields count in the order title, keywords, summary, publisher. No
// stemming (no Dutch language pack); no facet counts, why-texts or chips (see page.js).
import { Document } from './lib/flexsearch.compact.module.min.js';
import { FLEXSEARCH_OPTIONS, MAX_AGE } from './config.js';
import { mount, ageTags } from './page.js';

const index = new Document(FLEXSEARCH_OPTIONS);
for (const [key, value] of await (await fetch('data/flexsearch.json')).json()) index.import(key, value);
const all = [...index.store.keys()].sort((a, b) => a - b);

function tags(q) {
  const tag = {};
  if (q.audiences?.length) tag.audience_tags = q.audiences;
  if (q.topics?.length) tag.topics = q.topics;
  if (q.risk_groups?.length) tag.risk_groups = q.risk_groups;
  const ages = ageTags(q, MAX_AGE);
  if (ages.length) tag.ages = ages;
  return Object.keys(tag).length ? tag : undefined;
}

function search(q, limit) {
  const text = q.text.trim();
  const tag = tags(q);
  let ids;
  if (text) {
    ids = index.search(text, { tag, suggest: true, merge: true, limit: 1000 }).map((r) => r.id);
  } else if (tag) {
    const groups = index.search({ tag, limit: 1000 }).map((g) => new Set(g.result));
    ids = all.filter((id) => groups.every((g) => g.has(id)));
  } else {
    ids = all;
  }
  return ids.slice(0, limit).map((id) => {
    const d = index.get(id);
    return { id: d.id, title: d.title, summary: d.card_summary, audiences: d.card_audiences };
  });
}

mount(search);
