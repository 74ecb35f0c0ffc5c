// The coach's app offline: its build is cached when the worker installs, and served from that
// cache, so the summaries already fetched (kept in the app's own storage) open without internet.
// VERSION and PRECACHE come from the header that `cargo xtask` writes after each build (see
// xtask/src/service_worker.rs). The scope is /coach/ only; the youngster's worker leaves it alone.
//
// - The cache of a build is `stc-coach-<VERSION>`; `activate` deletes older `stc-coach-` caches.
// - `/api/` is never cached nor answered from a cache.
// - A new build takes over at once: the coach's app has nothing to lose in between (every page
//   is in the one wasm, and the data is in localStorage), and it never reloads by surprise.

const COACH_CACHE_PREFIX = 'stc-coach-';
const COACH_CACHE = COACH_CACHE_PREFIX + VERSION;
const COACH_SHELL = '/coach/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(deleteOldCoachCaches().then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (!url.pathname.startsWith('/coach/')) return;
  if (request.mode === 'navigate' && !looksLikeAFile(url.pathname)) {
    event.respondWith(shellOrNetwork(request));
  } else {
    event.respondWith(cacheOrNetwork(request));
  }
});

async function precache() {
  const cache = await caches.open(COACH_CACHE);
  await cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'no-cache' })));
}

async function deleteOldCoachCaches() {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(COACH_CACHE_PREFIX) && name !== COACH_CACHE)
      .map((name) => caches.delete(name)),
  );
}

/** Every page of the coach's app is the one page of the app. */
async function shellOrNetwork(request) {
  const cache = await caches.open(COACH_CACHE);
  return (await cache.match(COACH_SHELL)) ?? fetch(request);
}

async function cacheOrNetwork(request) {
  const cache = await caches.open(COACH_CACHE);
  return (await cache.match(request)) ?? fetch(request);
}

function looksLikeAFile(pathname) {
  return pathname.slice(pathname.lastIndexOf('/') + 1).includes('.');
}
