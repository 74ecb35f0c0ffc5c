// Saving an answer, for `cargo xtask bench`: with a full journey stored, the CPU slowed down 4×
// (Chromium DevTools protocol), an exercise's faces question is answered again and again,
// alternating two faces. Each time counts from the tap (the click on the radio) to the moment the
// state is stored in localStorage. Prints p50 and p99 as `metric` lines.
import { chromium } from '@playwright/test';
import { STORAGE_KEY, fullJourneyState, startServer } from './bench-server.mjs';

const TAPS = 200;
const WARM_UP_TAPS = 10;
// Its first question is the faces (since schema 3 only health's "now" asks with faces).
const EXERCISE = 'gezondheid_nu';

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.STC_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/icons/icon.svg`);
  const stored = JSON.stringify(fullJourneyState(EXERCISE));
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, stored]);
  await page.addInitScript((key) => {
    // Marks when the state is stored; the app stores synchronously within the tap's handler,
    // so the mark is set before `click()` returns (checked below).
    const setItem = Storage.prototype.setItem;
    window.__stcStoredAt = [];
    Storage.prototype.setItem = function (name, value) {
      setItem.call(this, name, value);
      if (name === key) window.__stcStoredAt.push(performance.now());
    };
  }, STORAGE_KEY);
  await page.goto(`${server.url}/exercise/${EXERCISE}`);
  await page.locator('main h1').waitFor();
  const setAside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('start-to-can.unreadable.')));
  if (setAside.length > 0) throw new Error(`the app did not accept the bench's journey: ${setAside}`);
  const faces = [await page.getByRole('radio', { name: 'Goed', exact: true }).elementHandle(), await page.getByRole('radio', { name: 'Heel goed', exact: true }).elementHandle()];

  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = [];
  for (let tap = 0; tap < WARM_UP_TAPS + TAPS; tap++) {
    const ms = await page.evaluate((input) => {
      const before = window.__stcStoredAt.length;
      const start = performance.now();
      input.click();
      const storedAt = window.__stcStoredAt[before];
      return storedAt === undefined ? null : storedAt - start;
    }, faces[tap % 2]);
    if (ms === null) throw new Error('a tap did not store the answer before its handler ended');
    if (tap >= WARM_UP_TAPS) times.push(ms);
    // Let the page render the answer before the next tap, as a youngster would.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY));
  const value = saved.state.journey.answers[EXERCISE]?.q_gevoel?.value;
  // The last tap chose faces[(n - 1) % 2]: "Heel goed" (5) when n is even.
  if (value !== ((WARM_UP_TAPS + TAPS) % 2 === 0 ? 5 : 4)) throw new Error(`the last answer was not stored: ${value}`);
  times.sort((a, b) => a - b);
  const percentile = (p) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
  console.log(`metric save_answer_p50_cpu4x ${percentile(50).toFixed(2)} ms`);
  console.log(`metric save_answer_p99_cpu4x ${percentile(99).toFixed(2)} ms`);
  console.log(`# save answer at 4x CPU slowdown, ${TAPS} taps, ms: min ${times[0].toFixed(2)}, max ${times.at(-1).toFixed(2)}`);
} finally {
  await browser.close();
  await server.stop();
}
