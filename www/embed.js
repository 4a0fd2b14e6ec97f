// The configurator on embed.html: the form's choices become the widget's documented attributes
// (README "Embedding"), shown live in the example and as code to copy, either as the script and
// the element or as an iframe of frame.html with the same settings in its query string.

const form = document.getElementById('samensteller');
const preview = document.getElementById('samengesteld');
const previewBox = document.getElementById('samensteller-voorbeeld');
const code = document.getElementById('samensteller-code');
const cssBlock = document.getElementById('samensteller-css-blok');
const css = document.getElementById('samensteller-css');
const status = document.getElementById('samensteller-status');

/** The dark example theme of this page (embed.css, `preventie-wijzer.donker`). */
const DARK = { '--pw-accent': '#ffd166', '--pw-text': '#f4f4f6', '--pw-bg': '#1f2430', '--pw-muted': '#c8cdd8', '--pw-radius': '14px', '--pw-font': 'Georgia, serif' };
/** Custom property → the frame's query parameter for it (www/frame.js). */
const FRAME_THEME = { '--pw-accent': 'accent', '--pw-text': 'text', '--pw-bg': 'bg', '--pw-muted': 'muted', '--pw-radius': 'radius', '--pw-font': 'font' };
const FRAME_TITLE = 'Preventiewijzer: zoek preventiemateriaal en hulp';

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
const absolute = (path) => new URL(path, document.baseURI).href;

/** A whole number in [min, max] typed in `input`, or null (then the field says what is allowed). */
function whole(input, min, max) {
  const text = input.value.trim();
  const ok = /^\d{1,2}$/.test(text) && Number(text) >= min && Number(text) <= max;
  input.setAttribute('aria-invalid', String(text !== '' && !ok));
  return ok ? String(Number(text)) : null;
}

/**
 * An https: address typed in `input`, or null: the widget's own rule (`check_url` in
 * src/catalogue/validate.rs): https://, a host with a dot, no spaces, control characters, " < >.
 */
function https(input) {
  const text = input.value.trim();
  const host = text.startsWith('https://') ? text.slice(8).split(/[/?#]/)[0] : '';
  const ok = host.includes('.') && !/[\s\p{Cc}"<>]/u.test(text);
  input.setAttribute('aria-invalid', String(text !== '' && !ok));
  return ok ? text : null;
}

/** The chosen settings as [attribute, value] pairs, in the order of the README's list. */
function attributes() {
  const out = [];
  const add = (name, value) => { if (value) out.push([name, value]); };
  // Dutch is the default, so it needs no attribute.
  const lang = checked('lang')[0];
  add('lang', lang && lang !== 'nl' ? lang : null);
  add('audience', checked('audience').join(' '));
  add('age', whole(form.elements.age, 0, 99));
  add('topics', checked('topics').join(' '));
  add('region', checked('region').join(' '));
  add('limit', whole(form.elements.limit, 1, 50));
  add('hide', checked('hide').join(' '));
  add('quick-exit', https(form.elements['quick-exit']));
  if (supportsData()) add('data', https(form.elements.data));
  return out;
}

/** The chosen theme as custom properties. */
function theme() {
  const choice = checked('thema')[0];
  if (choice === 'donker') return DARK;
  if (choice === 'eigen') return { '--pw-accent': form.elements.accent.value };
  return {};
}

/** The `data` attribute (a data folder) is offered only once the widget knows it. */
function supportsData() {
  return customElements.get('preventie-wijzer')?.observedAttributes.includes('data') ?? false;
}

function scriptSnippet(attrs) {
  const list = attrs.map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  return `<script type="module" src="${escape(absolute('widget/preventiewijzer.js'))}"></script>\n<preventie-wijzer${list}></preventie-wijzer>`;
}

function frameUrl(attrs, properties) {
  const query = new URLSearchParams(attrs);
  for (const [property, value] of Object.entries(properties)) query.append(FRAME_THEME[property], value);
  const search = query.toString();
  return absolute('frame.html') + (search ? `?${search}` : '');
}

function frameSnippet(url) {
  return `<iframe src="${escape(url)}" title="${FRAME_TITLE}" data-preventiewijzer\n`
    + `  class="preventiewijzer-frame" style="display: block; width: 100%; height: 44rem; border: 0"></iframe>\n`
    + '<!-- Optioneel: de hoogte volgt de inhoud en "Snel weg" werkt altijd. Zet frame-host.js op je eigen site: -->\n'
    + '<script src="/pad/naar/frame-host.js" defer></script>';
}

let frameTimer;
/** Shows the choices in the example and in the code. */
function update() {
  const attrs = attributes();
  const properties = theme();
  const iframe = checked('manier')[0] === 'iframe';
  if (iframe) {
    const url = frameUrl(attrs, properties);
    code.textContent = frameSnippet(url);
    cssBlock.hidden = true;
    // Reloading the frame on every key press would flicker: wait until the choices settle.
    clearTimeout(frameTimer);
    frameTimer = setTimeout(() => showFrame(url), 400);
  } else {
    code.textContent = scriptSnippet(attrs);
    const rules = Object.entries(properties).map(([name, value]) => `  ${name}: ${value};`);
    css.textContent = rules.length ? `preventie-wijzer {\n${rules.join('\n')}\n}` : '';
    cssBlock.hidden = !rules.length;
    showElement(attrs, properties);
  }
  status.textContent = '';
}

function showElement(attrs, properties) {
  previewBox.querySelector('iframe')?.remove();
  if (!preview.isConnected) previewBox.append(preview);
  const wanted = new Map(attrs);
  for (const name of preview.getAttributeNames()) if (name !== 'id' && !wanted.has(name)) preview.removeAttribute(name);
  for (const [name, value] of wanted) if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
  for (const property of Object.keys(DARK)) preview.style.removeProperty(property);
  for (const [property, value] of Object.entries(properties)) preview.style.setProperty(property, value);
}

function showFrame(url) {
  let frame = previewBox.querySelector('iframe');
  if (frame?.src === url) return;
  preview.remove();
  if (!frame) {
    frame = document.createElement('iframe');
    frame.title = FRAME_TITLE;
    frame.className = 'preventiewijzer-frame';
    frame.setAttribute('data-preventiewijzer', '');
    previewBox.append(frame);
  }
  frame.src = url;
}

for (const button of document.querySelectorAll('button[data-kopieer]')) {
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(document.getElementById(button.dataset.kopieer).textContent);
      status.textContent = 'Gekopieerd.';
    } catch {
      status.textContent = 'Kopiëren lukte niet: selecteer de code en kopieer hem zelf.';
    }
  });
}

form.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());
customElements.whenDefined('preventie-wijzer').then(() => {
  document.getElementById('samensteller-data-veld').hidden = !supportsData();
  update();
});
update();
