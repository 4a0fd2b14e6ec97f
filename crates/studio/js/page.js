// The studio page (www/studio.html): an editor picks or drops their local catalogue files; the
// studio wasm (crates/studio) checks them with the CLI's validation and shows every error as
// `file:line: field: message`, the coverage matrix of their materials, a preview of the widget
// with their entries (www/studio-preview.js serves it from this browser's Cache Storage) and the
// data folder as a zip to download. Nothing is sent anywhere: the only requests are the site's own
// files (this script, the wasm, the national records). Every text is written with textContent;
// the coverage matrix is HTML that Rust built with every text escaped.
import init, { Studio } from './preventiewijzer_studio.js';

/** `[studio]` of i18n/<lang>.toml, written in by the build (xtask/src/studio.rs). */
const TEXTS = /*TEXTS*/{};
const lang = TEXTS[document.documentElement.lang] ? document.documentElement.lang : 'nl';
const text = (key, values = {}) =>
  Object.entries(values).reduce((t, [name, value]) => t.replaceAll(`{${name}}`, value), TEXTS[lang]?.[key] ?? TEXTS.nl?.[key] ?? '');
const $ = (id) => document.getElementById(id);

for (const [id, key] of [
  ['studio-titel', 'studio.title'], ['studio-intro', 'studio.intro'], ['studio-prive', 'studio.private'],
  ['studio-kies', 'studio.pick'], ['studio-sleep', 'studio.drop'], ['studio-fouten-titel', 'studio.errors_title'],
  ['studio-dekking-titel', 'studio.coverage_title'], ['studio-voorbeeld-titel', 'studio.preview_title'],
  ['studio-voorbeeld-uitleg', 'studio.preview_note'], ['studio-download-titel', 'studio.download_title'],
  ['studio-download-knop', 'studio.download'], ['studio-publiceer', 'studio.publish'],
]) $(id).textContent = text(key);
// The preview's frame is named by the same heading text.
$('studio-voorbeeld-frame').title = text('studio.preview_title');

/** Where the preview lives: served by the service worker from this cache, never from a server. */
const PREVIEW = new URL('studio/voorbeeld/', document.baseURI);
const CACHE = 'preventiewijzer-studio';
const status = $('studio-status');
status.textContent = text('studio.loading');

/** The studio over the national catalogue (the site's own records, named in widget/files.json). */
async function open() {
  await init({ module_or_path: new URL('./preventiewijzer_studio_bg.wasm', import.meta.url) });
  const widget = new URL('widget/', document.baseURI);
  const files = await (await fetch(new URL('files.json', widget))).json();
  const records = files.files.find((f) => f.name === 'preventiewijzer-records.json');
  const response = await fetch(new URL(records.url, widget));
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  return new Studio(new Uint8Array(await response.arrayBuffer()));
}

let studio;
let download = null; // the zip's object URL, revoked when new files come
try {
  studio = await open();
  status.textContent = '';
  document.documentElement.dataset.studio = 'ready'; // for the tests: files can be taken now
} catch (error) {
  status.textContent = text('studio.failed', { error: String(error?.message ?? error) });
  document.documentElement.dataset.studio = 'failed';
}

/** Reads `files` (File objects), checks them and shows the result. */
async function take(files) {
  if (!studio || !files.length) return;
  studio.clear();
  for (const file of files) studio.add(file.webkitRelativePath || file.name, new Uint8Array(await file.arrayBuffer()));
  const checked = JSON.parse(studio.check());
  if (download) URL.revokeObjectURL(download);
  download = null;
  for (const id of ['studio-fouten', 'studio-dekking', 'studio-download', 'studio-voorbeeld']) $(id).hidden = true;
  const list = $('studio-fouten').querySelector('ul');
  list.replaceChildren(...checked.errors.map((error) => Object.assign(document.createElement('li'), { textContent: error })));
  if (checked.errors.length) {
    status.textContent = `${text('studio.read', { count: files.length })} ${text('studio.errors', { count: checked.errors.length })}`;
    $('studio-fouten').hidden = false;
    return;
  }
  status.textContent = `${text('studio.read', { count: files.length })} ${text('studio.ok', {
    materials: checked.materials, helplines: checked.helplines, regions: checked.regions.join(', '),
  })} ${text('studio.building')}`;
  // The matrix is Rust's escaped HTML (preventiewijzer_model::coverage::Coverage::body_html).
  $('studio-dekking').querySelector('.studio-matrix').innerHTML = checked.coverage;
  $('studio-dekking').hidden = false;
  await new Promise((resolve) => setTimeout(resolve)); // let the page paint before the index is built
  const folder = studio.folder();
  download = URL.createObjectURL(new Blob([folder.zip()], { type: 'application/zip' }));
  $('studio-download-knop').href = download;
  $('studio-download').hidden = false;
  status.textContent = status.textContent.replace(` ${text('studio.building')}`, '');
  await preview(folder);
}

/** Shows the widget with the folder just built, in the preview frame (where service workers run). */
async function preview(folder) {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  try {
    await caches.delete(CACHE);
    const cache = await caches.open(CACHE);
    const names = folder.names();
    for (const [at, name] of names.entries()) {
      await cache.put(new URL(`data/${name}`, PREVIEW), new Response(folder.file(at), { headers: { 'content-type': name.endsWith('.json') ? 'application/json' : 'application/octet-stream' } }));
    }
    const title = text('studio.preview_title').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    const page = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<script type="module" src="${new URL('widget/preventiewijzer.js', document.baseURI).href}"></script></head>
<body><preventie-wijzer data="data/" lang="${lang}"></preventie-wijzer></body></html>`;
    await cache.put(new URL('index.html', PREVIEW), new Response(page, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    await navigator.serviceWorker.register(new URL('studio-preview.js', document.baseURI), { scope: new URL('./', document.baseURI).pathname });
    await navigator.serviceWorker.ready;
    $('studio-voorbeeld-frame').src = new URL(`index.html?v=${Date.now()}`, PREVIEW).href;
    $('studio-voorbeeld').hidden = false;
  } catch (error) {
    console.warn('studio: no preview', error);
  }
}

const input = $('studio-bestanden');
input.addEventListener('change', () => take([...input.files]));
const drop = $('studio-drop');
drop.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('studio-drop-over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('studio-drop-over'));
drop.addEventListener('drop', async (event) => {
  event.preventDefault();
  drop.classList.remove('studio-drop-over');
  take(await dropped(event.dataTransfer));
});

/** The files of a drop, folders walked (a municipality drops its whole catalogue folder). */
async function dropped(transfer) {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.()).filter(Boolean);
  if (!entries.length) return [...transfer.files];
  const files = [];
  const walk = async (entry) => {
    if (entry.isFile) files.push(await new Promise((resolve, reject) => entry.file(resolve, reject)));
    else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (let batch; (batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject))).length;) {
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return files;
}
