// Tier 2 of <preventie-wijzer>: the full-text engine (tantivy and the index) in a module Web
// Worker, so loading it and searching never block the page. Started by preventiewijzer.js once
// the first tier is loaded. Messages: in `{id, query}` (a Query as JSON), out `{id, results}`
// (an Answer as JSON: the Rust types of crates/engine/src/protocol.rs, which both wasm modules
// serialize; this script only carries them); `{ready: true}` once the engine is open, `{failed}`
// if it cannot load.
import { load } from './preventiewijzer-fulltext.js';

const ready = load().then((search) => {
  postMessage({ ready: true });
  return search;
}, (error) => {
  postMessage({ failed: String(error) });
  throw error;
});

onmessage = async ({ data }) => {
  const search = await ready;
  postMessage({ id: data.id, results: search(data.query) });
};
