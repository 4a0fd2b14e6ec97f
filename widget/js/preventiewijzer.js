// <preventie-wijzer>: defines the custom element and starts the WebAssembly widget.
// Load it with one <script type="module" src=".../preventiewijzer.js">. The wasm and the glue are
// resolved relative to this file, so the widget works from any path or CDN.
import init, { mount } from './preventiewijzer_widget.js';

const CSS = /*CSS*/'';
const ATTRIBUTES = ['lang', 'audience', 'age', 'school-level', 'topics', 'risk-groups', 'region', 'limit', 'hide', 'quick-exit'];

let started;
const start = () => (started ??= init());

let sheet;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

function failed(lang) {
  const p = document.createElement('p');
  p.className = 'pw-failed';
  p.textContent = lang === 'en'
    ? 'The search tool could not start in this browser. In immediate danger: call 112.'
    : 'De zoekhulp kan in deze browser niet starten. Bij direct gevaar: bel 112.';
  return p;
}

class PreventieWijzer extends HTMLElement {
  static get observedAttributes() { return ATTRIBUTES; }

  connectedCallback() {
    if (this._widget || this._starting) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [styles()];
    const root = document.createElement('div');
    shadow.replaceChildren(root);
    this._starting = start().then(() => {
      this._starting = null;
      if (!this.isConnected) return;
      this._widget = mount(root, this._attributes(), this.id ? `pw-${this.id}` : 'pw');
      this.dispatchEvent(new CustomEvent('preventiewijzer-ready', { bubbles: true }));
    }, (error) => {
      this._starting = null;
      console.error('<preventie-wijzer> could not start:', error);
      shadow.replaceChildren(failed(this.getAttribute('lang')));
    });
  }

  disconnectedCallback() {
    if (this._widget) {
      this._widget.unmount();
      this._widget.free();
      this._widget = null;
    }
  }

  attributeChangedCallback() {
    this._widget?.set_attributes(this._attributes());
  }

  _attributes() {
    return Object.fromEntries(ATTRIBUTES.map((name) => [name, this.getAttribute(name)]));
  }
}

if (!customElements.get('preventie-wijzer')) {
  customElements.define('preventie-wijzer', PreventieWijzer);
}
