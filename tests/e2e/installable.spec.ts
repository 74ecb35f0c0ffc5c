// The web app manifest and its icons (installability without the service worker part).
import { test, expect, open } from './fixtures';

test('the manifest has what an install needs, and every icon is reachable at its size', async ({ page, request }) => {
  await open(page, '/');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');

  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    id: '/',
    name: 'Start To Can',
    short_name: 'Start To Can',
    lang: 'nl',
    start_url: '/',
    scope: '/',
    display: 'standalone',
  });
  expect(manifest.description.length).toBeGreaterThan(10);
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);

  const purposes = new Set(manifest.icons.map((i) => i.purpose));
  expect(purposes).toEqual(new Set(['any', 'maskable']));
  for (const icon of manifest.icons) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()['content-type'], icon.src).toContain(icon.type);
    if (icon.type === 'image/png') {
      const png = await file.body();
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  }
  for (const size of ['192x192', '512x512']) {
    expect(manifest.icons.some((i) => i.sizes === size && i.purpose === 'any'), size).toBe(true);
  }
});
