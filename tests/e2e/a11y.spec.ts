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
