// Lighthouse (npm `lighthouse`, mobile, its default simulated throttling) for `cargo xtask bench`,
// against our own stc-server on 127.0.0.1 in Debian's Chromium (CHROME_PATH):
// - `/` as a first visit (Lighthouse clears the origin's storage and the cache first);
// - `/map` with a full journey stored: the state is put in localStorage from a file of the
//   origin (no app), the worker, its caches and the HTTP cache are cleared, and Lighthouse keeps
//   storage: a load from the network with the data there.
// Prints `metric lighthouse_<page>_<figure> <value> <unit>` lines.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { STORAGE_KEY, fullJourneyState, startServer } from './bench-server.mjs';

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu'];

const server = await startServer();
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
try {
  print('welcome', await audit(`${server.url}/`, { disableStorageReset: false }));
  await storeJourney();
  print('map_journey', await audit(`${server.url}/map`, { disableStorageReset: true }));
} finally {
  chrome.kill();
  await server.stop();
}

async function audit(url, flags) {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], ...flags });
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.message}`);
  const audits = lhr.audits;
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    fcp: audits['first-contentful-paint'].numericValue,
    speedIndex: audits['speed-index'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    bytes: audits['total-byte-weight'].numericValue,
    warnings: lhr.runWarnings,
  };
}

function print(page, figures) {
  const name = `lighthouse_${page}`;
  console.log(`metric ${name}_performance ${figures.performance} score`);
  console.log(`metric ${name}_largest_contentful_paint ${Math.round(figures.lcp)} ms`);
  console.log(`metric ${name}_total_blocking_time ${Math.round(figures.tbt)} ms`);
  console.log(`metric ${name}_first_contentful_paint ${Math.round(figures.fcp)} ms`);
  console.log(`metric ${name}_speed_index ${Math.round(figures.speedIndex)} ms`);
  console.log(`metric ${name}_cumulative_layout_shift ${figures.cls.toFixed(3)} score`);
  console.log(`metric ${name}_transferred ${Math.round(figures.bytes)} bytes`);
  for (const warning of figures.warnings) console.log(`# ${name}: ${warning}`);
}

/**
 * Puts the full journey into the origin's localStorage, and takes away what the run on `/` left
 * (its service worker and caches, the HTTP cache), so `/map` loads from the network.
 */
async function storeJourney() {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const context = browser.contexts()[0];
  const page = await context.newPage();
  // A plain file of the origin: the app does not start here.
  await page.goto(`${server.url}/icons/icon.svg`);
  await page.evaluate(
    async ([key, value]) => {
      localStorage.setItem(key, value);
      for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
      for (const name of await caches.keys()) await caches.delete(name);
    },
    [STORAGE_KEY, JSON.stringify(fullJourneyState('werk_droom'))],
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await page.close();
}
