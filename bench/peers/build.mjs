// Builds the peer pages from the benchmark data (`cargo run --release --example bench_data`):
// for each peer what its documentation recommends for a static site, written to OUT:
//   minisearch.html  + data/minisearch.json  (MiniSearch index serialised with JSON.stringify)
//   flexsearch.html  + data/flexsearch.json  (FlexSearch Document index, export() chunks)
//   lunr.html        + data/lunr.json        (Lunr index with lunr.nl, serialised) + data/lunr-docs.json
//   pagefind.html    + pagefind/             (Pagefind Node API: addCustomRecord, writeFiles)
// and lib/ with each library as shipped on npm. Used by run.mjs; `node build.mjs DATA OUT` by hand.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { Document } from 'flexsearch';
import * as pagefind from 'pagefind';
import { MINISEARCH_OPTIONS, FLEXSEARCH_OPTIONS, FIELD_BOOSTS } from './site/config.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);

/** The libraries the pages load, as shipped in each npm package (minified where the package ships a minified build). */
export const LIBS = {
  'minisearch.js': 'minisearch/dist/es/index.js', // no minified ESM build on npm
  'flexsearch.compact.module.min.js': 'flexsearch/dist/flexsearch.compact.module.min.js',
  'lunr.min.js': 'lunr/lunr.min.js',
  'lunr.stemmer.support.min.js': 'lunr-languages/min/lunr.stemmer.support.min.js',
  'lunr.nl.min.js': 'lunr-languages/min/lunr.nl.min.js',
};

/**
 * One record per material with the text our engine indexes (summary = Dutch + English summary,
 * as `src/index/build.rs` does) and the facets as exact-match values, with the audience
 * hierarchy and the age range expanded so that each peer's exact-match filter gives the
 * semantics of `crates/engine/src/pipeline/filter.rs` (see README.md).
 */
export function records(data) {
  const parents = data.audience_parents;
  const known = data.materials.flatMap((m) => [m.age_min, m.age_max]).filter((a) => a !== null);
  const maxAge = Math.max(...known) + 1; // every query age ≥ maxAge behaves like maxAge
  return {
    maxAge,
    records: data.materials.map((m, i) => {
      const aud = new Set(m.audiences);
      for (const a of m.audiences) {
        if (parents[a]) aud.add(parents[a]);
        for (const [child, parent] of Object.entries(parents)) if (parent === a) aud.add(child);
      }
      const ages = [];
      for (let a = m.age_min ?? 0; a <= Math.min(m.age_max ?? maxAge, maxAge); a++) ages.push(String(a));
      return {
        ord: i + 1, // 1-based: FlexSearch ids are numbers, and 0 is falsy
        id: m.id,
        title: m.title,
        keywords: m.keywords.join(' · '),
        summary: [m.summary, m.summary_en].filter(Boolean).join(' '),
        publisher: m.publisher ?? '',
        // What a card shows.
        card_summary: m.summary,
        card_audiences: m.audiences.join(', '),
        // Hard-filter values.
        audience_tags: [...aud],
        topics: m.topics,
        risk_groups: m.risk_groups,
        age_min: m.age_min,
        age_max: m.age_max,
        ages,
      };
    }),
  };
}

/** The four pages differ only in title and scripts (Lunr loads its classic scripts first). */
const PAGES = {
  minisearch: { title: 'MiniSearch', scripts: [] },
  flexsearch: { title: 'FlexSearch', scripts: [] },
  lunr: { title: 'Lunr', scripts: ['lib/lunr.min.js', 'lib/lunr.stemmer.support.min.js', 'lib/lunr.nl.min.js'] },
  pagefind: { title: 'Pagefind', scripts: [] },
};

function html({ title, scripts }, peer = title.toLowerCase()) {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preventiewijzer benchmark – ${title}</title>
</head>
<body>
<main>
<label>Zoek materiaal <input type="search" autocomplete="off"></label>
<ol id="results"></ol>
</main>
${scripts.map((src) => `<script src="${src}"></script>\n`).join('')}<script type="module" src="${peer}.js"></script>
</body>
</html>
`;
}

export async function build(dataPath, out) {
  const data = JSON.parse(readFileSync(dataPath, 'utf8'));
  const { records: recs, maxAge } = records(data);
  rmSync(out, { recursive: true, force: true });
  for (const dir of ['lib', 'data']) mkdirSync(`${out}/${dir}`, { recursive: true });
  for (const [name, path] of Object.entries(LIBS)) copyFileSync(`${here}node_modules/${path}`, `${out}/lib/${name}`);
  for (const f of ['page.js', 'config.js', 'minisearch.js', 'flexsearch.js', 'lunr.js', 'pagefind.js']) copyFileSync(`${here}site/${f}`, `${out}/${f}`);
  for (const [peer, page] of Object.entries(PAGES)) writeFileSync(`${out}/${peer}.html`, html(page));
  // The pages that filter with age tags need the highest tag.
  writeFileSync(`${out}/config.js`, `${readFileSync(`${here}site/config.js`, 'utf8')}\nexport const MAX_AGE = ${maxAge};\n`);

  // MiniSearch: index built here, serialised with JSON.stringify, loaded with MiniSearch.loadJSON.
  const mini = new MiniSearch(MINISEARCH_OPTIONS);
  mini.addAll(recs);
  writeFileSync(`${out}/data/minisearch.json`, JSON.stringify(mini));

  // FlexSearch: Document index with tags, exported with export() (0.8.212 restores it with
  // import() into a Document created with the same configuration).
  const flex = new Document(FLEXSEARCH_OPTIONS);
  for (const r of recs) flex.add(r);
  const chunks = [];
  await flex.export((key, value) => { chunks.push([key, value]); });
  writeFileSync(`${out}/data/flexsearch.json`, JSON.stringify(chunks));

  // Lunr with lunr-languages' Dutch pipeline (trimmer, stop words, Snowball stemmer), prebuilt.
  const lunr = require('lunr');
  require('lunr-languages/lunr.stemmer.support.js')(lunr);
  require('lunr-languages/lunr.nl.js')(lunr);
  const idx = lunr(function () {
    this.use(lunr.nl);
    this.ref('id');
    this.field('title', { boost: FIELD_BOOSTS.title });
    this.field('keywords', { boost: FIELD_BOOSTS.keywords });
    this.field('summary', { boost: FIELD_BOOSTS.summary });
    this.field('publisher', { boost: FIELD_BOOSTS.publisher });
    for (const r of recs) this.add(r);
  });
  writeFileSync(`${out}/data/lunr.json`, JSON.stringify(idx));
  // Lunr stores no documents: the page needs the cards and the facet values beside the index.
  const docs = recs.map((r) => ({ id: r.id, title: r.title, summary: r.card_summary, audiences: r.card_audiences,
    audience_tags: r.audience_tags, topics: r.topics, risk_groups: r.risk_groups, age_min: r.age_min, age_max: r.age_max }));
  writeFileSync(`${out}/data/lunr-docs.json`, JSON.stringify(docs));

  // Pagefind: custom records in Dutch, facets as filters, card fields as meta, catalogue order as a sort key.
  const { index, errors } = await pagefind.createIndex({});
  if (errors.length) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const r of recs) {
    const res = await index.addCustomRecord({
      url: `/m/${r.id}`,
      content: [r.title, r.keywords, r.summary, r.publisher].filter(Boolean).join('. '),
      language: 'nl',
      meta: { title: r.title, id: r.id, summary: r.card_summary, audiences: r.card_audiences },
      filters: { doelgroep: r.audience_tags, thema: r.topics, risicogroep: r.risk_groups, leeftijd: r.ages },
      sort: { ord: String(r.ord).padStart(4, '0') },
    });
    if (res.errors.length) throw new Error(`pagefind ${r.id}: ${res.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: `${out}/pagefind` });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { data, maxAge };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build(process.argv[2] ?? process.env.PW_BENCH_DATA, process.argv[3] ?? `${here}../../target/bench-peers`);
}
