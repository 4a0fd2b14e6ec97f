// Loads tier 2 of <preventie-wijzer>, the full-text engine: the wasm (compiled while it streams
// in) and the packed index are fetched in parallel. Used by the worker script, and by the element
// script on the main thread where workers are unavailable. The file names get a content hash at
// build time (xtask/src/build.rs).
import init, { search_json, open_index } from './preventiewijzer_worker.js';

const file = (name) => new URL(name, import.meta.url);
/** The largest data folder index read (as MAX_BYTES.index in preventiewijzer-data.js). */
const MAX_FOLDER_INDEX = 64 * 1024 * 1024;

/**
 * Resolves to `search_json(queryJson) -> resultsJson` once the engine is open. `indexUrl`: a
 * data folder's index (checked by the element script); without it, the national one next to
 * this file.
 */
export async function load(indexUrl) {
  const index = fetch(indexUrl ? new URL(indexUrl) : file('./preventiewijzer-index.pwi')).then((r) => {
    if (!r.ok) throw new Error(`${r.url}: HTTP ${r.status}`);
    return r.arrayBuffer();
  }).then((bytes) => {
    // A host's folder is bounded; the national index next to this file is ours.
    if (indexUrl && bytes.byteLength > MAX_FOLDER_INDEX) throw new Error(`${indexUrl}: ${bytes.byteLength} bytes, more than the ${MAX_FOLDER_INDEX} allowed`);
    return bytes;
  });
  await init({ module_or_path: fetch(file('./preventiewijzer_worker_bg.wasm')) });
  const error = open_index(new Uint8Array(await index));
  if (error) throw new Error(error);
  return search_json;
}
