// Loads tier 2 of <preventie-wijzer>, the full-text engine: the wasm (compiled while it streams
// in), the packed index and tier 1's records (the catalogue the index was built with) are fetched
// in parallel. The records are the file the element script already fetched for tier 1, under the
// same content-hashed address, so the browser's cache answers and they cost no second download.
// Used by the worker script, and by the element script on the main thread where workers are
// unavailable. The file names get a content hash at build time (xtask/src/build.rs).
import init, { search_json, open_index } from './preventiewijzer_worker.js';

const file = (name) => new URL(name, import.meta.url);
/** The largest data folder files read (as MAX_BYTES in preventiewijzer-data.js). */
const MAX_FOLDER = { index: 64 * 1024 * 1024, records: 32 * 1024 * 1024 };

/** The bytes at `url`; a host's folder (`max` set) is bounded, the national files are ours. */
const bytes = (url, max) => fetch(url).then((r) => {
  if (!r.ok) throw new Error(`${r.url}: HTTP ${r.status}`);
  return r.arrayBuffer();
}).then((body) => {
  if (max && body.byteLength > max) throw new Error(`${url}: ${body.byteLength} bytes, more than the ${max} allowed`);
  return body;
});

/**
 * Resolves to `search_json(queryJson) -> resultsJson` once the engine is open. `folder`: a data
 * folder's `{index, records}` addresses (checked by the element script); without it, the national
 * files next to this file.
 */
export async function load(folder) {
  const index = bytes(folder ? new URL(folder.index) : file('./preventiewijzer-index.pwi'), folder && MAX_FOLDER.index);
  const records = bytes(folder ? new URL(folder.records) : file('./preventiewijzer-records.json'), folder && MAX_FOLDER.records);
  await init({ module_or_path: fetch(file('./preventiewijzer_worker_bg.wasm')) });
  const error = open_index(new Uint8Array(await index), new Uint8Array(await records));
  if (error) throw new Error(error);
  return search_json;
}
