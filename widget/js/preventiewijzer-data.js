// A host's own data folder for <preventie-wijzer data="…">: the national catalogue plus the
// municipality's local one, written by `preventiewijzer pack --local` (or studio.html). Imported
// by preventiewijzer.js only when an element on the page has a `data` attribute. The folder's
// small manifest, `preventiewijzer-data.json`, names its content-hashed records and index.
// Whatever is wrong with the folder, the national catalogue opens instead, after ONE console
// message listing every problem; a local folder can never take the national results down.

/** The manifest of a data folder. */
const DATA_MANIFEST = 'preventiewijzer-data.json';
/** The data files a manifest may name: the pack's content-hashed names, nothing else. */
const DATA_FILE = { records: /^preventiewijzer-records\.[0-9a-f]{1,16}\.json$/, index: /^preventiewijzer-index\.[0-9a-f]{1,16}\.pwi$/ };
/**
 * Bounds on what a folder may make the browser download, so a hostile or mistaken folder stays
 * bounded: the manifest 4 KiB, the records 32 MiB, the index 64 MiB (read and checked in the
 * worker, preventiewijzer-tier2-engine.js). `pack` refuses to write larger files
 * (crates/indexer/src/folder.rs), and a local folder holds at most 5,000 materials and 20
 * helplines with texts of at most 4,000 characters (crates/model/src/catalogue/local.rs).
 */
export const MAX_BYTES = { manifest: 4 * 1024, records: 32 * 1024 * 1024, index: 64 * 1024 * 1024 };

/** The `data` attribute whose folder is open (null: the national data). */
let used = null;

/**
 * The folder a `data` attribute names, as a URL ending in `/`. Only `https:` addresses and
 * addresses on the page's own origin: a `data:`, `javascript:` or plain-http address elsewhere is
 * refused (thrown), so the national catalogue is used.
 */
function dataFolder(value) {
  let url;
  try {
    url = new URL(value.trim(), document.baseURI);
  } catch {
    throw new Error(`data="${value}" is not an address`);
  }
  if (url.protocol !== 'https:' && url.origin !== location.origin) {
    throw new Error(`data="${value}": only https: addresses or addresses on this site are allowed`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** The body of `url` as bytes, refused when the server fails or it is larger than `max` bytes. */
async function bytes(url, max) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length'));
  if (length > max) throw new Error(`${response.url}: ${length} bytes, more than the ${max} allowed`);
  const body = await response.arrayBuffer();
  if (body.byteLength > max) throw new Error(`${response.url}: ${body.byteLength} bytes, more than the ${max} allowed`);
  return body;
}

/**
 * Opens the catalogue of the data folder `value` names with `glue.open_catalogue` (one catalogue
 * per page: the first element's). Returns the folder's `{index, records}` addresses for tier 2
 * (which reads its catalogue from the same records, then in the browser's cache), or null after
 * opening the national records (`national()`) when anything was wrong with the folder: then ONE
 * console message lists every problem found (address, manifest, each file).
 */
export async function openFolder(glue, value, national) {
  // An empty attribute (data="") names no folder: the national data, without a message.
  if (!value.trim()) return openNational(glue, national);
  const problems = [];
  const failed = (error) => problems.push(String(error?.message ?? error));
  try {
    const folder = dataFolder(value);
    const manifestUrl = new URL(DATA_MANIFEST, folder);
    let manifest;
    try {
      manifest = JSON.parse(new TextDecoder().decode(await bytes(manifestUrl, MAX_BYTES.manifest)));
    } catch (error) {
      throw new Error(error instanceof SyntaxError ? `${manifestUrl}: not JSON (${error.message})` : error.message);
    }
    const name = (key) => {
      const file = manifest?.[key];
      if (typeof file === 'string' && DATA_FILE[key].test(file)) return new URL(file, folder);
      failed(`${manifestUrl}: "${key}" is not a data file name (${DATA_FILE[key].source})`);
      return null;
    };
    const [records, index] = [name('records'), name('index')];
    // The index is read by tier 2 later; asking now whether it is there lets a missing index be
    // named in the same message, with the national catalogue (records and index) used instead.
    const [data, head] = await Promise.allSettled([records && bytes(records, MAX_BYTES.records), index && fetch(index, { method: 'HEAD' })]);
    if (data.status === 'rejected') failed(data.reason);
    if (head.status === 'rejected') failed(`${index}: ${head.reason?.message ?? head.reason}`);
    else if (head.value && !head.value.ok) failed(`${index}: HTTP ${head.value.status}`);
    if (data.value) {
      // Records that open are only opened when nothing else is wrong (the engine opens once).
      const recordBytes = new Uint8Array(data.value);
      const error = problems.length ? glue.check_catalogue(recordBytes) : glue.open_catalogue(recordBytes);
      if (error) failed(error);
      else if (!problems.length) {
        used = value;
        return { index: index.href, records: records.href };
      }
    }
  } catch (error) {
    failed(error);
  }
  console.error(`<preventie-wijzer> the data folder "${value}" cannot be used; showing the national catalogue:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  return openNational(glue, national);
}

/** Opens the national records next to the element script; null: tier 2 reads the national files. */
async function openNational(glue, national) {
  const error = glue.open_catalogue(new Uint8Array(await national()));
  if (error) throw new Error(error);
  return null;
}

/** Warns about a second element naming another data folder: one catalogue per page. */
export function another(value) {
  if (value !== used) console.warn(`<preventie-wijzer>: one data folder per page; data="${value}" is ignored, the first element's catalogue is used`);
}
