// Offline figures for `cargo xtask bench` (a measurement, not a test), with Debian's Chromium:
// - the bytes a second visit downloads: a first visit installs the service worker, then a second
//   one is counted at a byte-counting proxy in front of the server (everything the server sends,
//   headers included, as it went over the wire);
// - the time to open the app offline: the server is stopped, then a fresh tab opens /map until its
//   first heading shows (median of a few runs).
// Runs its own stc-server (STC_SERVER_BIN) for STC_DIST_DIR and prints one JSON object.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

const OFFLINE_RUNS = 5;
const SETTLE_MS = 1500;
// Chromium looks for a new worker a little after a navigation: wait for that check too.
const SECOND_VISIT_WAIT_MS = 5000;

const serverBin = process.env.STC_SERVER_BIN;
const distDir = process.env.STC_DIST_DIR;
if (!serverBin || !distDir) throw new Error('set STC_SERVER_BIN and STC_DIST_DIR');

const dataDir = await mkdtemp(path.join(tmpdir(), 'stc-bench-'));
const serverPort = await freePort();
const server = await startServer(serverPort);
const proxy = await countingProxy(serverPort);
const url = `http://127.0.0.1:${proxy.port}`;

const browser = await chromium.launch({
  executablePath: process.env.STC_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const result = {};
try {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.goto(`${url}/map`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await page.waitForTimeout(SETTLE_MS);
  result.first_visit_network_bytes = proxy.bytes();

  proxy.reset();
  const fromNetwork = [];
  context.on('requestfinished', async (request) => {
    const response = await request.response();
    if (response && !response.fromServiceWorker()) fromNetwork.push(new URL(request.url()).pathname);
  });
  await page.goto(`${url}/map`);
  await page.locator('main h1').waitFor();
  await page.waitForTimeout(SECOND_VISIT_WAIT_MS);
  result.second_visit_network_bytes = proxy.bytes();
  result.second_visit_network_requests = fromNetwork;
  await page.close();

  await stop(server);
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
  result.offline_open_median_ms = Math.round(times[Math.floor(times.length / 2)]);
  result.offline_open_runs_ms = times.map(Math.round);
} finally {
  await browser.close();
  proxy.close();
  await stop(server);
  await rm(dataDir, { recursive: true, force: true });
}
console.log(JSON.stringify(result));

async function startServer(port) {
  const child = spawn(serverBin, ['--host', '127.0.0.1', '--port', String(port), '--data-dir', dataDir, '--dist-dir', distDir], {
    stdio: 'ignore',
  });
  for (let tries = 0; tries < 150; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('stc-server did not start');
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** A TCP proxy to the server that counts the bytes the server sends. */
function countingProxy(targetPort) {
  let count = 0;
  const sockets = new Set();
  const proxyServer = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    upstream.on('data', (chunk) => (count += chunk.length));
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
        bytes: () => count,
        reset: () => (count = 0),
        close: () => {
          for (const socket of sockets) socket.destroy();
          proxyServer.close();
        },
      }),
    );
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
