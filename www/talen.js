// talen.html: the widget in the language of `?lang=` (nl, en, ar, tr, pl, uk), and the chosen
// language marked in the list of links. The links work without this script too: the widget then
// stays Dutch. No inline script, so the page keeps a strict Content-Security-Policy.

const LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];
const wanted = new URLSearchParams(location.search).get('lang');
const lang = LANGUAGES.includes(wanted) ? wanted : 'nl';
document.getElementById('zoekhulp')?.setAttribute('lang', lang);
for (const link of document.querySelectorAll('.talen a')) {
  if (link.hreflang === lang) link.setAttribute('aria-current', 'page');
}
