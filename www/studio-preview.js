// The studio's preview (studio.html): a service worker that answers requests under
// `studio/voorbeeld/` from the Cache Storage the studio page filled in this browser (the preview
// page and the data folder just built); every other request goes to the network untouched.
// Registered at the site root only so the widget's own worker (in `widget/`) is covered too:
// its full-text index comes from the same folder. Nothing is sent anywhere.
const CACHE = 'preventiewijzer-studio';
const PREFIX = new URL('studio/voorbeeld/', self.registration.scope).href;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const url = event.request.url.split('?')[0];
  if (!url.startsWith(PREFIX)) return;
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(url)).then((hit) => hit ?? new Response('not in the preview', { status: 404 })));
});
