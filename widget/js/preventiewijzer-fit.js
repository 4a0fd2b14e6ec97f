// The no-WebAssembly list fitted to the page: preventiewijzer.js imports this module only when
// the widget cannot start (a CSP without 'wasm-unsafe-eval', Lockdown Mode, an old browser), so
// no one else downloads it.

/**
 * Orders the prerendered list for the element's `audience`, `age` and `region`, with the engine's
 * hard filters over the data attributes the build writes (src/editor/fallback.rs): a material
 * made for the audience (or its parent group) first, then one suiting it through its parent
 * group; its known ages must include `age` (a narrow range fits best); its region must be one
 * of `region`. Materials that do not fit are hidden behind a "show all" button; helplines
 * serving the audience move to the top, and no helpline is ever hidden. `say(key)` gives a text of
 * the page's language, `speaks(el)` marks an element as that language, `element` makes one.
 */
export function fit(list, { audience, age, region }, { say, speaks, element }) {
  const words = (value) => (value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
  const [audiences, regions] = [words(audience), words(region)];
  const years = /^\s*\d{1,3}\s*$/.test(age ?? '') ? Number(age) : null;
  const has = (el, name, ids) => ids.some((id) => words(el.dataset[name]).includes(id));
  const helplines = [...list.querySelectorAll('li[data-helpline]')];
  helplines[0]?.parentNode.prepend(...helplines.filter((h) => has(h, 'audiences', audiences)));
  if (!audiences.length && !regions.length && years === null) return;
  const score = (card) => {
    const exact = has(card, 'audiences', audiences);
    if (audiences.length && !exact && !has(card, 'audiencesRelated', audiences)) return null;
    if (regions.length && !regions.includes(card.dataset.region)) return null;
    const [min, max] = [card.dataset.ageMin, card.dataset.ageMax].map((a) => (a === undefined ? null : Number(a)));
    if (years !== null && ((min !== null && years < min) || (max !== null && years > max))) return null;
    const known = (min !== null) + (max !== null);
    const ages = years === null ? 0 : known === 2 ? 1 + 1 / (1 + max - min) : known === 1 ? 1 : 0.25;
    return (exact ? 2 : audiences.length ? 1 : 0) + ages;
  };
  const cards = [...list.querySelectorAll('li.pw-card')];
  const fitting = cards.map((card, i) => ({ card, i, s: score(card) })).filter((c) => c.s !== null).sort((a, b) => b.s - a.s || a.i - b.i);
  if (!fitting.length) return; // nothing fits: the whole list stays, in title order
  cards[0].parentNode.prepend(...fitting.map((c) => c.card));
  const rest = cards.filter((card) => !fitting.some((c) => c.card === card));
  for (const card of rest) card.hidden = true;
  const intro = list.querySelector('.pw-fallback-intro');
  if (intro) speaks(intro).textContent = say('js.fitting').replace('{count}', fitting.length);
  if (rest.length) {
    const all = speaks(element('button', 'pw-more', say('js.show_all').replace('{count}', cards.length)));
    all.type = 'button';
    all.addEventListener('click', () => {
      for (const card of rest) card.hidden = false;
      all.remove();
    });
    cards[0].parentNode.after(all);
  }
}
