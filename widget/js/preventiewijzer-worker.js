// Tier 2 of <preventie-wijzer>: the full-text engine (tantivy and the index) in a module Web
// Worker, so loading it and searching never block the page. Started by preventiewijzer.js after
// the first results are shown. Messages: in `{id, query}` (a Query as JSON), out `{id, results}`
// (Results as JSON); `{ready: true}` once the engine is loaded, `{failed}` if it cannot load.
import init, { search_json, warm_up } from './preventiewijzer_worker.js';

const ready = init().then(() => {
  warm_up();
  postMessage({ ready: true });
}, (error) => {
  postMessage({ failed: String(error) });
  throw error;
});

onmessage = async ({ data }) => {
  await ready;
  postMessage({ id: data.id, results: search_json(data.query) });
};
