// Peer benchmark: MiniSearch, FlexSearch, Lunr (lunr.nl) and Pagefind on our catalogue and our
// judged queries, measured in headless Chromium with the profiles and method of
// bench/browser.mjs (cold loads in new contexts, navigation start → first card, keydown → next
// frame while typing "weerbaarheid", CPU 4× / 150 ms RTT / 1.6 Mbit/s via the DevTools protocol).
// Builds the pages (build.mjs), serves them itself (brotli -q 11 or gzip -9, as a host would, and as
// `cargo xtask serve` serves ours), prints one JSON
// object on stdout; progress on stderr.
// Env: PW_BENCH_DATA (from `cargo run --release --example bench_data`), PW_BENCH_RUNS (default 5).
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { launch } from '../../tests/e2e/browser.mjs';
import { build } from './build.mjs';
import { FIELD_BOOSTS } from './site/config.js';
import { PROFILES, throttle, median, pct, round, recordKeystrokes, typeWord, WORD } from '../profiles.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const OUT = fileURLToPath(new URL('../../target/bench-peers/', import.meta.url));
const RUNS = Number(process.env.PW_BENCH_RUNS ?? 5);
const PEERS = {
  minisearch: { package: 'minisearch', page: 'minisearch.html' },
  flexsearch: { package: 'flexsearch', page: 'flexsearch.html' },
  lunr: { package: 'lunr', also: ['lunr-languages'], page: 'lunr.html' },
  pagefind: { package: 'pagefind', page: 'pagefind.html' },
};

const log = (...a) => console.error('[peers]', ...a);
const version = (pkg) => JSON.parse(readFileSync(`${here}node_modules/${pkg}/package.json`, 'utf8')).version;

// ---- Relevance, exactly as src/relevance.rs ----

/** nDCG@k with gains 2^grade − 1; 1 when the query has no relevant material. */
export function ndcg(ranked, judgments, k = 10) {
  const gain = (g) => 2 ** g - 1;
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => { dcg += gain(judgments[id] ?? 0) / Math.log2(i + 2); });
  const ideal = Object.values(judgments).filter((g) => g > 0).sort((a, b) => b - a);
  let idcg = 0;
  ideal.slice(0, k).forEach((g, i) => { idcg += gain(g) / Math.log2(i + 2); });
  return idcg === 0 ? 1 : dcg / idcg;
}

/** Whether material `m` passes the query's hard filters (crates/engine/src/pipeline/filter.rs: age_allows, passes_facet). */
export function passesFilters(m, q, parents) {
  const w = q.age_window;
  if (w && !((m.age_min == null || m.age_min <= w[1]) && (m.age_max == null || m.age_max >= w[0]))) return false;
  const audience = (c) => m.audiences.some((a) => a === c || parents[a] === c || parents[c] === a);
  const facet = (chosen, test) => !chosen.length || chosen.some(test);
  return facet(q.audiences, audience) && facet(q.topics, (c) => m.topics.includes(c)) && facet(q.risk_groups, (c) => m.risk_groups.includes(c));
}

// ---- Serving and sizes ----

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

function serve(root) {
  const gz = new Map();
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    let body;
    try {
      if (!statSync(file).isFile()) throw new Error();
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    const mime = MIME[extname(file)];
    const headers = { 'Content-Type': mime ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    // Text is compressed like a host would (brotli where the browser takes it, as our server
    // does); Pagefind's own files are already gzip-compressed.
    const accepted = req.headers['accept-encoding'] ?? '';
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /gzip/.test(accepted) ? 'gzip' : null;
    if (mime && encoding) {
      const key = `${encoding}:${file}`;
      if (!gz.has(key)) {
        gz.set(key, encoding === 'br'
          ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
          : zlib.gzipSync(body, { level: 9 }));
      }
      body = gz.get(key);
      headers['Content-Encoding'] = encoding;
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${server.address().port}/` })));
}

function sizes(file) {
  const raw = readFileSync(file);
  const brotli = zlib.brotliCompressSync(raw, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
  return { raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length, brotli: brotli.length };
}

/** raw / gzip -9 / brotli -q 11 of the files behind the URLs (the page's HTML document aside). */
function transfer(urls, base) {
  const files = [...new Set(urls)].filter((u) => u.startsWith(base)).map((u) => new URL(u).pathname.slice(1)).filter((p) => !p.endsWith('.html')).sort();
  const list = files.map((file) => ({ file, ...sizes(join(OUT, file)) }));
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of list) for (const k of Object.keys(total)) total[k] += f[k];
  return { total, files: list };
}

// ---- Browser ----

async function newPage(browser, profile) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('pageerror', (e) => log(`pageerror: ${e.message}`));
  await throttle(context, page, profile);
  await page.addInitScript(() => {
    const poll = () => {
      if (window.__firstResults === undefined && document.querySelector('#results .card')) window.__firstResults = performance.now();
      if (window.__firstResults === undefined) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  await page.addInitScript(recordKeystrokes);
  return { context, page, requests };
}

async function measure(browser, base, peer, profile, queries, evaluate) {
  const firstResults = [];
  const keys = [];
  const toResults = [];
  let missedRenders = 0;
  let query = null;
  let relevance = null;
  let loadUrls = null;
  let typingUrls = null;
  for (let i = 0; i < RUNS; i++) {
    const { context, page, requests } = await newPage(browser, profile);
    await page.goto(new URL(PEERS[peer].page, base).href, { timeout: 120_000 });
    await page.waitForFunction(() => window.__firstResults !== undefined, null, { timeout: 120_000 });
    firstResults.push(await page.evaluate(() => window.__firstResults));
    const loaded = requests.length;
    const input = page.locator('input[type="search"]');
    await input.focus();
    await page.evaluate(() => { window.__renders = []; });
    keys.push(...(await typeWord(page)));
    // Keystroke → the list for the text typed so far (later than the next frame for async peers).
    await page.waitForFunction((w) => window.__renders.some((r) => r.text === w), WORD, { timeout: 60_000 });
    const { downs, renders } = await page.evaluate(() => ({ downs: window.__keydowns, renders: window.__renders }));
    downs.forEach((t0, k) => {
      const r = renders.find((x) => x.text === WORD.slice(0, k + 1) && x.t >= t0);
      if (r) toResults.push(r.t - t0);
      else missedRenders++;
    });
    if (i === 0) {
      if (!profile) {
        loadUrls = requests.slice(0, loaded);
        typingUrls = requests.slice(loaded);
      }
      query = await page.evaluate(async (queries) => {
        const out = [];
        for (let r = 0; r < 5; r++) {
          for (const q of queries) {
            const t0 = performance.now();
            await window.peerSearch(q, 10);
            out.push(performance.now() - t0);
          }
        }
        return out;
      }, queries);
      if (evaluate) {
        relevance = await page.evaluate(async (queries) => {
          const out = [];
          for (const q of queries) {
            out.push({ top: (await window.peerSearch(q, 10)).map((h) => h.id), all: (await window.peerSearch(q, Infinity)).map((h) => h.id) });
          }
          return out;
        }, queries);
      }
    }
    await context.close();
  }
  return {
    result: {
      first_results_ms: { median: Math.round(median(firstResults)), runs: firstResults.map(Math.round) },
      keystroke_to_paint_ms: { p50: round(pct(keys, 0.5)), p95: round(pct(keys, 0.95)), keys: keys.length },
      keystroke_to_results_ms: { p50: round(pct(toResults, 0.5)), p95: round(pct(toResults, 0.95)), keys: toResults.length, superseded: missedRenders },
      query_ms: { p50: round(pct(query, 0.5)), p95: round(pct(query, 0.95)), queries: query.length },
    },
    relevance,
    loadUrls,
    typingUrls,
  };
}

function score(data, runs) {
  const byId = new Map(data.materials.map((m) => [m.id, m]));
  let sum = 0;
  let sumExact = 0;
  let violations = 0;
  let filteredHits = 0;
  const perQuery = {};
  const violating = [];
  data.queries.forEach((q, i) => {
    const s = ndcg(runs[i].top, q.judgments);
    sum += s;
    perQuery[q.id] = Math.round(s * 1000) / 1000;
    // What the ranking would score with the filtered-out hits dropped (differs only where filters leak).
    sumExact += ndcg(runs[i].all.filter((id) => passesFilters(byId.get(id), q, data.audience_parents)), q.judgments);
    const filtered = q.audiences.length || q.topics.length || q.risk_groups.length || q.age_window;
    if (!filtered) return;
    filteredHits += runs[i].all.length;
    for (const id of runs[i].all) {
      if (!passesFilters(byId.get(id), q, data.audience_parents)) {
        violations++;
        violating.push(`${q.id}: ${id}`);
      }
    }
  });
  return {
    ndcg10_mean: Math.round((sum / data.queries.length) * 1000) / 1000,
    ndcg10_mean_with_leaks_removed: Math.round((sumExact / data.queries.length) * 1000) / 1000,
    ndcg10_per_query: perQuery,
    filter_violations: violations,
    hard_filter_precision: filteredHits ? Math.round((1 - violations / filteredHits) * 1000) / 1000 : 1,
    violations_sample: violating.slice(0, 10),
  };
}

const BOOSTS = Object.values(FIELD_BOOSTS).join('/');

const CONFIG = {
  minisearch: `fields title/keywords/summary/publisher boosted ${BOOSTS}, prefix: true, fuzzy: 0.2; index serialised with JSON.stringify, MiniSearch.loadJSON; hard filters via the 'filter' search option on stored fields; no text: MiniSearch.wildcard`,
  flexsearch: 'Document index (compact ESM build), tokenize "forward", encoder LatinBalance, facets as tags (audience hierarchy and age range expanded to exact tag values), store for cards; built in Node, export() → one JSON, import() with the same options; search with suggest + merge + tag',
  lunr: `lunr 2.3.9 + lunr-languages lunr.stemmer.support + lunr.nl (Dutch trimmer, stop words, stemmer), field boosts ${BOOSTS}, prebuilt index (lunr.Index.load) + a documents JSON for cards and filtering; each word through the pipeline, the last word also as trailing wildcard; hard filters after the search`,
  pagefind: 'Node API createIndex + addCustomRecord (language "nl", content = title. keywords. summary. publisher, meta for cards, filters doelgroep/thema/risicogroep/leeftijd, sort key for catalogue order) + writeFiles; browser API pagefind.js search(text | null, { filters, sort }) and data() of the shown results',
};

// ---- Main ----

const data = JSON.parse(readFileSync(process.env.PW_BENCH_DATA, 'utf8'));
const queries = data.queries.map((q) => ({ text: q.text, audiences: q.audiences, topics: q.topics, risk_groups: q.risk_groups, age_window: q.age_window }));
const oursCheck = data.queries.reduce((s, q) => s + ndcg(data.ours[q.id].ranking, q.judgments), 0) / data.queries.length;
if (Math.abs(oursCheck - data.ours_ndcg_mean) > 1e-9) throw new Error(`nDCG in JS (${oursCheck}) differs from src/relevance.rs (${data.ours_ndcg_mean})`);
log(`nDCG of our rankings in JS: ${oursCheck.toFixed(3)} (Rust: ${data.ours_ndcg_mean.toFixed(3)})`);

let t = Date.now();
await build(process.env.PW_BENCH_DATA, OUT);
log(`built the peer pages in ${Date.now() - t} ms`);
const { server, base } = await serve(OUT);
const browser = await launch();
const out = {};
// PW_PEERS: which peers (default all), e.g. `minisearch` for a quick comparison of first results.
for (const peer of Object.keys(PEERS).filter((p) => !process.env.PW_PEERS || process.env.PW_PEERS.split(',').includes(p))) {
  t = Date.now();
  try {
    const entry = { version: [PEERS[peer].package, ...(PEERS[peer].also ?? [])].map((p) => `${p}@${version(p)}`).join(' + '), config: CONFIG[peer] };
    for (const [name, profile] of Object.entries(PROFILES)) {
      const m = await measure(browser, base, peer, profile, queries, !profile);
      entry[name] = m.result;
      if (!profile) {
        entry.transfer_first_results = transfer(m.loadUrls, base);
        entry.transfer_while_typing = transfer(m.typingUrls, base);
        entry.relevance = score(data, m.relevance);
        entry.relevance.ndcg10_ratio_ours_over_peer = Math.round((data.ours_ndcg_mean / entry.relevance.ndcg10_mean) * 100) / 100;
      }
    }
    out[peer] = entry;
    log(`${peer}: ${((Date.now() - t) / 1000).toFixed(0)} s, nDCG ${entry.relevance.ndcg10_mean}, ${entry.relevance.filter_violations} violations, `
      + `first results ${entry.unthrottled.first_results_ms.median}/${entry.mobile.first_results_ms.median} ms, brotli ${entry.transfer_first_results.total.brotli} B`);
  } catch (e) {
    log(`${peer} failed: ${e.stack}`);
    out[peer] = { error: String(e.message ?? e) };
  }
}
await browser.close();
server.close();
out.ours_ndcg_check = Math.round(oursCheck * 1000) / 1000;
out.ours_ndcg_rust = Math.round(data.ours_ndcg_mean * 1000) / 1000;
out.ours_filter_violations = data.ours_filter_violations;
out.runs = RUNS;
console.log(JSON.stringify(out));
