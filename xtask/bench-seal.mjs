// Sealing in the browser, for `cargo xtask bench`: the fullest summary (every question of the
// Dutch pack answered with every choice, every text at its longest, the answers themselves
// ticked; written by xtask to STC_SEAL_SUMMARY) is sealed to a coach's key with the app's own
// sealing module (`/crypto/…`, deflate + sealed box), as the outbox does when it sends.
// Prints the first seal with the module's download and start, the median of later seals, and
// the same at 4× CPU slowdown, as `metric` lines.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startServer } from './bench-server.mjs';

const RUNS = 25;
const summary = readFileSync(process.env.STC_SEAL_SUMMARY, 'utf8');
const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.STC_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.locator('main h1').waitFor();
  const median = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  const measure = () =>
    page.evaluate(
      async ([summary, runs]) => {
        const url = document.querySelector('meta[name="stc-crypto"]').getAttribute('content');
        const started = performance.now();
        const module = await import(url);
        await module.default();
        const secret = module.newSecretKey();
        const key = module.publicKeyOf(secret);
        const first = module.seal(key, summary);
        const firstMs = performance.now() - started;
        if (module.open(secret, first) !== summary) throw new Error('the sealed summary does not open to itself');
        const times = [];
        for (let run = 0; run < runs; run++) {
          const start = performance.now();
          module.seal(key, summary);
          times.push(performance.now() - start);
        }
        return { firstMs, times, sealedBytes: atob(first).length };
      },
      [summary, RUNS],
    );
  const plain = await measure();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const slow = await measure();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(`metric seal_full_summary_ms ${median(plain.times).toFixed(1)} ms`);
  console.log(`metric seal_full_summary_cpu4x_ms ${median(slow.times).toFixed(1)} ms`);
  console.log(`metric seal_first_with_module_load_ms ${Math.round(plain.firstMs)} ms`);
  console.log(`metric seal_full_summary_json_bytes ${Buffer.byteLength(summary)} bytes`);
  console.log(`metric seal_full_summary_sealed_bytes ${plain.sealedBytes} bytes`);
  console.log(`# seal times (ms): ${JSON.stringify(plain.times.map((t) => Number(t.toFixed(1))))}`);
} finally {
  await browser.close();
  await server.stop();
}
