// Network and offline figures for `cargo xtask bench` (a measurement, not a test), with Debian's
// Chromium, through a byte-counting proxy in front of our own stc-server (everything the server
// sends, headers included, as it went over the wire, per path asked):
// - a first visit to /map: the page, its scripts, wasm, CSS, content pack and the service
//   worker's precache. The install icons are counted apart (the budget leaves them out:
//   they serve only an install);
// - a second visit, which should come from the service worker;
// - the time to open the app offline: the server is stopped, then a fresh tab opens /map until its
//   first heading shows (median of a few runs).
// Prints `metric <name> <value> <unit>` lines.
import { createServer, connect } from 'node:net';
import { chromium } from '@playwright/test';
import { startServer } from './bench-server.mjs';

const OFFLINE_RUNS = 5;
const SETTLE_MS = 1500;
// Chromium looks for a new worker a little after a navigation: wait for that check too.
const SECOND_VISIT_WAIT_MS = 5000;

const server = await startServer();
const proxy = await countingProxy(server.port);
const url = `http://127.0.0.1:${proxy.port}`;

const browser = await chromium.launch({
  executablePath: process.env.STC_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.goto(`${url}/map`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await page.waitForTimeout(SETTLE_MS);
  const firstVisit = proxy.bytesByPath();
  const isIcon = (path) => path.startsWith('/icons/');
  const sum = (entries) => entries.reduce((total, [, bytes]) => total + bytes, 0);
  const entries = Object.entries(firstVisit).sort(([a], [b]) => a.localeCompare(b));
  for (const [path, bytes] of entries) {
    console.log(`metric first_visit_network.${withoutHash(path)} ${bytes} bytes`);
  }
  console.log(`metric first_visit_network_bytes ${sum(entries.filter(([p]) => !isIcon(p)))} bytes`);
  console.log(`metric first_visit_install_icons_network_bytes ${sum(entries.filter(([p]) => isIcon(p)))} bytes`);

  proxy.reset();
  const fromNetwork = [];
  context.on('requestfinished', async (request) => {
    const response = await request.response();
    if (response && !response.fromServiceWorker()) fromNetwork.push(new URL(request.url()).pathname);
  });
  await page.goto(`${url}/map`);
  await page.locator('main h1').waitFor();
  await page.waitForTimeout(SECOND_VISIT_WAIT_MS);
  console.log(`metric second_visit_network_bytes ${sum(Object.entries(proxy.bytesByPath()))} bytes`);
  console.log(`# second visit, from the network: ${JSON.stringify(fromNetwork)}`);
  await page.close();

  await server.stop();
  const times = [];
  for (let run = 0; run < OFFLINE_RUNS; run++) {
    const tab = await context.newPage();
    const start = performance.now();
    await tab.goto(`${url}/map`);
    await tab.locator('main h1').waitFor();
    times.push(performance.now() - start);
    await tab.close();
  }
  times.sort((a, b) => a - b);
  console.log(`metric offline_open_median ${Math.round(times[Math.floor(times.length / 2)])} ms`);
  console.log(`# offline opens (ms): ${JSON.stringify(times.map(Math.round))}`);
} finally {
  await browser.close();
  proxy.close();
  await server.stop();
}

/** `/start-to-can-0f1e2d3c4b5a6978_bg.wasm` → `/start-to-can_bg.wasm`, so names stay the same. */
function withoutHash(path) {
  return path.replace(/-[0-9a-f]{8,16}(?=[._])/, '');
}

/**
 * A TCP proxy to the server that counts the bytes the server sends, per path asked. Chromium
 * speaks HTTP/1.1 to 127.0.0.1 without pipelining, so what comes back on a connection answers
 * the request last sent on it.
 */
function countingProxy(targetPort) {
  let counts = {};
  const sockets = new Set();
  const proxyServer = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    let asked = '(unknown)';
    client.on('data', (chunk) => {
      const requestLine = /^[A-Z]+ (\S+) HTTP\/1\.[01]\r\n/.exec(chunk.toString('latin1', 0, 2048));
      if (requestLine) asked = requestLine[1].split('?')[0];
    });
    upstream.on('data', (chunk) => (counts[asked] = (counts[asked] ?? 0) + chunk.length));
    client.pipe(upstream);
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  return new Promise((resolve) => {
    proxyServer.listen(0, '127.0.0.1', () =>
      resolve({
        port: proxyServer.address().port,
        bytesByPath: () => ({ ...counts }),
        reset: () => (counts = {}),
        close: () => {
          for (const socket of sockets) socket.destroy();
          proxyServer.close();
        },
      }),
    );
  });
}
