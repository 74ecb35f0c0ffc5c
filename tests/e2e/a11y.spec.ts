// axe-core on every route, in light and dark theme, plus a screenshot of each at 360×640 for a
// person to look at (target/screenshots/).
import AxeBuilder from '@axe-core/playwright';
import { test, expect, open } from './fixtures';

const ROUTES = ['/', '/map', '/overview', '/settings', '/coach'];

for (const scheme of ['light', 'dark'] as const) {
  for (const route of ROUTES) {
    test(`no axe violations on ${route} in ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, route);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const name = route === '/' ? 'welcome' : route.slice(1);
      await page.screenshot({ path: `target/screenshots/${name}-${scheme}.png`, fullPage: false });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violations in "your data" with the delete question open, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '/settings');
    await page.getByRole('button', { name: 'Alles wissen' }).click();
    await expect(page.getByText('Weet je het zeker?')).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.screenshot({ path: `target/screenshots/settings-data-${scheme}.png` });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}
