// Renders the icon PNGs from their SVG sources with Debian's Chromium (run from the repository
// root after changing an SVG: `node xtask/render-icons.mjs`). The PNGs are committed.
import { chromium } from 'playwright';
import { readFile } from 'node:fs/promises';

const jobs = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['maskable.svg', 'maskable-512.png', 512],
  ['icon.svg', 'apple-touch-icon.png', 180],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [source, target, size] of jobs) {
  const svg = await readFile(new URL('../public/icons/' + source, import.meta.url), 'utf8');
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: new URL('../public/icons/' + target, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
