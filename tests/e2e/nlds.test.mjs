// Looks like the host: on nlds.html the widgets take colours, font, radius and focus ring from the
// NL Design System tokens of the section around them (Enschede: basis + utrecht tokens; Zwolle:
// utrecht tokens only), our --pw-* variables still win, and text stays at WCAG AA contrast even
// when the host's tokens would give less.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, widgetsReady, ARTIFACTS } from './browser.mjs';

let browser;
before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launch();
});
after(async () => { await browser?.close(); });

/** `rgb(r, g, b)` (as getComputedStyle gives an opaque colour) → [r, g, b]. */
function rgb(text) {
  const m = text.match(/^rgb\((\d+), (\d+), (\d+)\)$/);
  assert.ok(m, `an opaque rgb() colour: ${text}`);
  return m.slice(1).map(Number);
}

/** WCAG 2 contrast ratio of two computed colours. */
function contrast(a, b) {
  const luminance = (c) => rgb(c).map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Computed styles of the parts of widget `id` that carry the theme. */
function looks(page, id) {
  return page.locator(`#${id}`).evaluate((host) => {
    const r = host.shadowRoot;
    const style = (sel) => getComputedStyle(r.querySelector(sel));
    const field = r.querySelector('input[name="q"]');
    field.focus();
    const focus = getComputedStyle(field);
    const out = {
      text: style('.pw').color, bg: style('.pw').backgroundColor, font: style('.pw').fontFamily,
      link: style('.pw-title a').color, muted: style('.pw-count').color, radius: style('input[name="q"]').borderTopLeftRadius,
      focusVisible: field.matches(':focus-visible'),
      focus: `${focus.outlineStyle} ${focus.outlineWidth} ${focus.outlineColor} offset ${focus.outlineOffset}`,
    };
    field.blur();
    return out;
  });
}

/** The colour a token resolves to in the host page, measured outside the widget. */
function token(page, section, name) {
  return page.evaluate(([s, n]) => {
    const probe = document.createElement('span');
    document.querySelector(s).append(probe);
    probe.style.color = `var(${n})`;
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }, [section, name]);
}

function assertAA(look, label) {
  for (const part of ['text', 'muted', 'link']) {
    const ratio = contrast(look[part], look.bg);
    assert.ok(ratio >= 4.5, `${label}: ${part} ${look[part]} on ${look.bg} is ${ratio.toFixed(2)}:1`);
  }
}

test('the widgets take colours, font, radius and focus ring from the host page\'s NL Design System tokens', async () => {
  const { page, messages } = await openPage(browser, 'nlds.html');
  const enschede = await looks(page, 'enschede');
  assert.deepEqual(enschede, {
    text: 'rgb(27, 27, 27)', bg: 'rgb(252, 252, 252)', font: '"IBM Plex Sans", sans-serif',
    link: 'rgb(27, 89, 164)', muted: 'rgb(99, 99, 99)', radius: '8px',
    focusVisible: true, focus: 'dashed 2px rgb(11, 12, 12) offset 0px',
  });
  assertAA(enschede, 'Enschede');

  const zwolle = await looks(page, 'zwolle');
  assert.equal(zwolle.text, 'rgb(0, 0, 0)');
  assert.equal(zwolle.bg, 'rgb(255, 255, 255)');
  assert.equal(zwolle.font, 'DIN, Arial, Helvetica, sans-serif');
  assert.equal(zwolle.link, await token(page, '.zwolle-theme', '--utrecht-button-background-color'), 'accent: the button colour');
  assert.notEqual(zwolle.link, 'rgb(11, 83, 148)', 'not our default accent');
  assert.equal(zwolle.radius, '0px');
  assert.match(zwolle.focus, new RegExp(`^solid 3px ${zwolle.link.replace(/[()]/g, '\\$&')} offset 2px$`), 'no focus tokens: our ring in the accent');
  assertAA(zwolle, 'Zwolle');

  assert.deepEqual(messages.filter((m) => /contrast/.test(m)), [], 'these themes need no correction');
  await page.screenshot({ path: join(ARTIFACTS, 'nlds-1280.png'), fullPage: true });

  // Our own variables still win over the tokens.
  await page.addStyleTag({ content: '#enschede { --pw-accent: #8a0016; --pw-font: Georgia, serif; --pw-radius: 2px; }' });
  const own = await looks(page, 'enschede');
  assert.equal(own.link, 'rgb(138, 0, 22)');
  assert.equal(own.font, 'Georgia, serif');
  assert.equal(own.radius, '2px');
  assert.equal(own.text, enschede.text, 'tokens still give what --pw-* leaves open');
  await page.close();
});

test('host tokens with too little contrast: the widget keeps its text at WCAG AA and says so once', async () => {
  const { page, messages } = await openPage(browser, 'nlds.html');
  // A theme whose text, subtle text and link colours are far too light on its background.
  await page.addStyleTag({ content: `.bleek-theme { --basis-color-default-bg-document: #fcfcfc;
    --basis-color-default-color-document: #c0c0c0; --basis-color-default-color-subtle: #d8d8d8;
    --basis-color-action-1-color-default: hsl(210 60% 80%); --basis-focus-outline-color: #f4f4f4; }` });
  await page.evaluate(() => {
    const section = Object.assign(document.createElement('section'), { className: 'bleek-theme' });
    section.append(Object.assign(document.createElement('preventie-wijzer'), { id: 'bleek' }));
    document.querySelector('main').append(section);
  });
  await widgetsReady(page);
  const raw = {
    text: await token(page, '.bleek-theme', '--basis-color-default-color-document'),
    link: await token(page, '.bleek-theme', '--basis-color-action-1-color-default'),
  };
  assert.ok(contrast(raw.text, 'rgb(252, 252, 252)') < 4.5 && contrast(raw.link, 'rgb(252, 252, 252)') < 4.5, 'the tokens themselves fail AA');

  const look = await looks(page, 'bleek');
  assert.equal(look.bg, 'rgb(252, 252, 252)', 'the background token is kept');
  assert.equal(look.text, 'rgb(26, 26, 26)', 'text: our own dark grey');
  assert.equal(look.link, 'rgb(11, 83, 148)', 'links: our own accent');
  assertAA(look, 'corrected');
  const ring = look.focus.match(/rgb\([^)]+\)/)[0];
  assert.ok(contrast(ring, look.bg) >= 3, `focus ring ${ring}: at least 3:1`);
  const warnings = messages.filter((m) => /too little contrast/.test(m));
  assert.equal(warnings.length, 1, messages.join('\n'));
  assert.match(warnings[0], /^warning: /);
  await page.locator('#bleek').screenshot({ path: join(ARTIFACTS, 'nlds-low-contrast-corrected.png') });
  await page.close();
});
