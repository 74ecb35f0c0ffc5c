// Offline: the whole build is cached when the worker installs, and served from that cache, so the
// app opens without internet. VERSION and PRECACHE come from the header that `cargo xtask` writes
// after each build (see xtask/src/service_worker.rs).
//
// - The cache of a build is `stc-app-<VERSION>`; `activate` deletes older `stc-app-` caches and
//   no other cache (sw/50-reminders.js keeps its own `stc-reminders`).
// - `/api/` is never cached nor answered from a cache: it goes to the network as it is.
// - `/coach/` is the coach's app, with a worker of its own, and `/invite/` the invited person's
//   page, with none: this one leaves both alone.
// - ON_DEMAND (the sealing module, `crypto/`) is not fetched at install: a first visit does not
//   need it. It is kept in the build's cache when the app first fetches it (the first share),
//   and a new version takes over the files it still names, so a send from the outbox works
//   after the app was reopened offline.
// - SHARE ("Deel met je coach", `/share`, an app of its own) is not fetched at install either:
//   most youngsters never share. Its page and files are kept in the build's cache when it is
//   first opened, and a new version fetches its own SHARE at install when an older version had
//   kept it, so "update" and "stop sharing" open offline later. Opened offline before it was
//   ever kept, `/share` gets the app shell, whose `/share` says that it needs the internet.
// - A new worker waits until the page asks (message 'skip-waiting', sent when the youngster taps
//   "reload"): the app never reloads by surprise.

const APP_CACHE_PREFIX = 'stc-app-';
const APP_CACHE = APP_CACHE_PREFIX + VERSION;
const APP_SHELL = '/index.html';
const SHARE_PAGE = '/share/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(deleteOldAppCaches().then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') {
    self.skipWaiting();
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/coach') || url.pathname.startsWith('/invite')) return;
  if (request.mode === 'navigate' && (url.pathname === '/share' || url.pathname === '/share/')) {
    event.respondWith(sharePageOrShell(request));
  } else if (request.mode === 'navigate' && !looksLikeAFile(url.pathname)) {
    event.respondWith(appShellOrNetwork(request));
  } else if (ON_DEMAND.includes(url.pathname) || SHARE.includes(url.pathname)) {
    event.respondWith(cacheOrNetworkAndKeep(request));
  } else {
    event.respondWith(cacheOrNetwork(request));
  }
});

/** Fetches every file of the build into this version's cache; any failure fails the install. */
async function precache() {
  const cache = await caches.open(APP_CACHE);
  // 'no-cache': the HTTP cache may answer only after the server said the file is unchanged.
  await cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'no-cache' })));
  await keepOnDemandFiles(cache);
  await keepShareApp(cache);
}

/** Copies the on-demand files this version still names from an older version's cache. */
async function keepOnDemandFiles(cache) {
  for (const path of ON_DEMAND) {
    const kept = await caches.match(path);
    if (kept) await cache.put(path, kept);
  }
}

/** Fetches this version's share app if an older version had kept one (the youngster shares).
 * Offline now, the install goes on without it: the next open of `/share` online keeps it. */
async function keepShareApp(cache) {
  if (!(await caches.match(SHARE_PAGE))) return;
  try {
    await cache.addAll(SHARE.map((path) => new Request(path, { cache: 'no-cache' })));
  } catch (error) {
    console.warn('the share app could not be kept for this version', error);
  }
}

/** Deletes the caches of other builds; caches of other names are not ours to touch. */
async function deleteOldAppCaches() {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(APP_CACHE_PREFIX) && name !== APP_CACHE)
      .map((name) => caches.delete(name)),
  );
}

/** The app's routes (`/`, `/map`, …) are all the one page of the app. */
async function appShellOrNetwork(request) {
  const cache = await caches.open(APP_CACHE);
  return (await cache.match(APP_SHELL)) ?? fetch(request);
}

/** `/share` (with the coach's `?code=…` or not): the share app's page once kept, or from the
 * network and kept; without either, the app shell, whose `/share` asks for the internet. */
async function sharePageOrShell(request) {
  const cache = await caches.open(APP_CACHE);
  const kept = await cache.match(SHARE_PAGE);
  if (kept) return kept;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(SHARE_PAGE, response.clone());
    return response;
  } catch (error) {
    return (await cache.match(APP_SHELL)) ?? Response.error();
  }
}

async function cacheOrNetwork(request) {
  const cache = await caches.open(APP_CACHE);
  return (await cache.match(request)) ?? fetch(request);
}

/** An on-demand file: from the cache, or fetched once and kept there. */
async function cacheOrNetworkAndKeep(request) {
  const cache = await caches.open(APP_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

function looksLikeAFile(pathname) {
  return pathname.slice(pathname.lastIndexOf('/') + 1).includes('.');
}
