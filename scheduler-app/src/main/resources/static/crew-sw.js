// The crew page's service worker: keeps the page's own files and the answers it read last (the route, its map lines,
// its directions), so that a phone that loses the network, or starts without one, still shows the day's route.
// Answers come from the network whenever it answers; a kept copy only without it, marked with when it was kept.
// Reports (POST) are never touched here: the page queues them itself and sends them when the network is back.
const CACHE = 'crew-page-v2';
const SHELL = [
  '/crew.html', '/css/app.css', '/css/crew.css', '/js/crew.js', '/js/common.js', '/js/i18n.js', '/js/map.js',
  '/js/reasons.js', '/js/format.js', '/js/offline.js', '/webjars/leaflet/dist/leaflet.js',
  '/webjars/leaflet/dist/leaflet.css', '/crew-manifest.json', '/icons/crew-192.png',
];

self.addEventListener('install', (event) => {
  // One file that cannot be fetched now must not keep the others from being kept.
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(
    SHELL.map((url) => fetch(url, { credentials: 'same-origin' })
      .then((response) => (response.ok ? cache.put(url, response) : null))
      .catch(() => null)),
  )).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/sign-')) return;
  event.respondWith(fromNetworkElseKept(request, url));
});

async function fromNetworkElseKept(request, url) {
  const cache = await caches.open(CACHE);
  // The page itself is kept once, whatever district, vehicle or date its address names.
  const key = url.pathname === '/crew.html' ? '/crew.html' : request;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      const headers = new Headers(response.headers);
      headers.set('X-Saved-At', new Date().toISOString());
      const body = await response.clone().blob();
      await cache.put(key, new Response(body, { status: response.status, statusText: response.statusText, headers }));
    }
    return response;
  } catch (offline) {
    const kept = await cache.match(key);
    if (kept) return kept;
    throw offline;
  }
}
