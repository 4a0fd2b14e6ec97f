// Share links that tell nothing (issue 17): the shared view is an opaque code in the namespaced
// fragment, without the query words, topic, audience or material ids (decoded here with a mirror
// of widget/src/share.rs and checked), and it restores the same view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, openPage } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Mirror of widget/src/share.rs: base64url, then the xorshift key stream. */
function decodeShare(code) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const digits = [...code].map((c) => alphabet.indexOf(c));
  assert.ok(digits.every((d) => d >= 0), code);
  const bytes = [];
  for (let i = 0; i < digits.length; i += 4) {
    const chunk = digits.slice(i, i + 4);
    const n = chunk.reduce((n, d, j) => n | (d << (18 - 6 * j)), 0);
    for (let j = 0; j < chunk.length - 1; j++) bytes.push((n >>> (16 - 8 * j)) & 255);
  }
  let x = 0x9E3779B9;
  for (let i = 0; i < bytes.length; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    bytes[i] ^= x >>> 24;
  }
  let at = 0;
  const byte = () => bytes[at++];
  const str = () => {
    const len = (byte() << 8) | byte();
    const s = new TextDecoder().decode(new Uint8Array(bytes.slice(at, at + len)));
    at += len;
    return s;
  };
  const out = { version: byte(), age: byte(), level: byte(), facets: [] };
  // Audiences, topics, risk groups, formats, costs, evidence levels (share.rs FACETS).
  for (let f = 0; f < 6; f++) out.facets.push(Array.from({ length: byte() }, byte));
  out.text = str();
  out.shortlist = Array.from({ length: byte() }, str);
  return out;
}

/** The ids of a facet in catalogue/vocabulary.toml, in file order (`[[topics]]` then `id = "…"`). */
function vocabularyIds(table) {
  const text = readFileSync(`${root}catalogue/vocabulary.toml`, 'utf8');
  const ids = [];
  let current = null;
  for (const line of text.split('\n')) {
    const header = line.match(/^\[\[(\w+)\]\]/);
    if (header) current = header[1];
    const id = line.match(/^id\s*=\s*"([^"]+)"/);
    if (id && current === table) ids.push(id[1]);
  }
  return ids;
}

test('a share link holds an opaque code without the query words or ids, and restores the same view', async () => {
  const { page } = await openPage(browser, 'gemeente.html');
  const w = (s) => page.locator(`#jongeren ${s}`);
  await w('input[name="q"]').fill('loverboy chantage');
  await w('.pw-card').first().waitFor();
  await w('input[name="age"]').fill('15');
  // At 1280 px the filters are open.
  const topic = w('input[name="topic"]').first();
  const topicId = await topic.getAttribute('value');
  await topic.check();
  await w('.pw-save').first().click();
  await w('.pw-save').nth(1).click();
  const saved = await w('.pw-shortlist ul li').evaluateAll((lis) => lis.map((li) => li.dataset.id));
  await w('.pw-share').click();
  const url = await w('.pw-share-url input').inputValue();
  const fragment = new URL(url).hash.slice(1);
  const code = fragment.split('&').find((p) => p.startsWith('pw-jongeren='))?.slice('pw-jongeren='.length);
  assert.ok(code && /^[A-Za-z0-9_-]+$/.test(code), url);
  assert.ok(!url.includes('?'), 'nothing in the query string');
  for (const word of ['loverboy', 'chantage', topicId, 'jongeren', ...saved]) {
    assert.ok(!code.toLowerCase().includes(word.toLowerCase()), `${word} readable in ${code}`);
  }
  assert.equal(fragment, `pw-jongeren=${code}`, 'the fragment holds only the namespaced code');
  const decoded = decodeShare(code);
  assert.equal(decoded.version, 1);
  assert.equal(decoded.text, 'loverboy chantage');
  assert.equal(decoded.age, 15);
  assert.deepEqual(decoded.facets[0], [vocabularyIds('audiences').indexOf('jongeren')]);
  assert.deepEqual(decoded.facets[1], [vocabularyIds('topics').indexOf(topicId)]);
  assert.deepEqual(decoded.shortlist, saved);

  const other = (await openPage(browser, `gemeente.html#${fragment}`)).page;
  const o = (s) => other.locator(`#jongeren ${s}`);
  assert.equal(await o('input[name="q"]').inputValue(), 'loverboy chantage');
  assert.equal(await o('input[name="age"]').inputValue(), '15');
  assert.deepEqual(await o('.pw-shortlist ul li').evaluateAll((lis) => lis.map((li) => li.dataset.id)), saved);
  // Both lists in the full-text ranking (tier 2), so that they can be compared.
  const ids = async (p) => {
    await p.locator('#jongeren .pw-results[data-tier="2"] .pw-card').first().waitFor();
    return p.locator('#jongeren .pw-results[data-tier="2"] .pw-card').evaluateAll((cards) => cards.map((c) => c.dataset.id));
  };
  assert.deepEqual(await ids(other), await ids(page));
  await page.close();
  await other.close();
});

