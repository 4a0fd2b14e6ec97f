// Tier 2 of <preventie-wijzer>: the full-text engine (tantivy and the index) in a module Web
// Worker, so loading it and searching never block the page. Started by preventiewijzer.js once
// the first tier is loaded. Messages: in `{id, query}` (a Query as JSON), out `{id, results}`
// (an Answer as JSON: the Rust types of crates/engine/src/protocol.rs, which both wasm modules
// serialize; this script only carries them); `{ready: true}` once the engine is open, `{failed}`
// if it cannot load. The first message is `{open: folder}`: a data folder's `{index, records}`
// addresses, or null for the national files.
import { load } from './preventiewijzer-tier2-engine.js';

let ready;
onmessage = async ({ data }) => {
  if ('open' in data) {
    ready = load(data.open).then((search) => {
      postMessage({ ready: true });
      return search;
    }, (error) => {
      postMessage({ failed: String(error) });
      throw error;
    });
    ready.catch(() => {});
    return;
  }
  const search = await ready;
  postMessage({ id: data.id, results: search(data.query) });
};
