// axe-core on every screen of the journey — the avatar steps, the map, an island, each question
// type, the end of an exercise and the overview — in light and dark theme, with screenshots at
// 360×640 in target/screenshots/ for a person to look at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, open, STORAGE_KEY } from './fixtures';

// The schema-3 fixture (answers, people and a service without a name, avatar, a finished
// exercise), shown in Dutch, with every question type open somewhere.
const fixture = JSON.parse(readFileSync(join(__dirname, '../../crates/core/tests/fixtures/schema-v3.json'), 'utf8'));
fixture.state.settings = { language: 'nl', theme: 'system' };
const AT: Record<string, [string, number]> = {
  faces: ['gezondheid_nu', 0],
  single_choice: ['wonen_nu', 0],
  multiple_choice: ['werk_droom', 2],
  scale: ['financien_nu', 1],
  card_sort: ['wonen_droom', 1],
  people: ['wonen_stap', 1],
  first_step: ['leren_stap', 2],
  text: ['leren_nieuwsgierig', 1],
};
for (const [exercise, index] of Object.values(AT)) fixture.state.journey.positions[exercise] = index;
fixture.state.journey.answers.werk_droom = {
  q_nu: { type: 'scale', value: 3 },
  q_later: { type: 'scale', value: 7 },
  q_sector: { type: 'multiple_choice', choices: ['ict', 'anders'], other_text: 'Fietsen maken' },
};
fixture.state.journey.answers.leren_stap = {
  q_stap: { type: 'first_step', what: { suggestion: 'info' }, with: [1], by: '2099-01-15' },
};

async function seed(page: Page) {
  await open(page, '/settings');
  await page.evaluate(([key, doc]) => localStorage.setItem(key, doc), [STORAGE_KEY, JSON.stringify(fixture)]);
}

async function check(page: Page, name: string, scheme: string) {
  await page.screenshot({ path: `target/screenshots/${name}-${scheme}.png` });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await seed(page);
    });

    test('avatar steps', async ({ page }) => {
      await open(page, '/avatar');
      await check(page, 'avatar-1', scheme);
      await page.getByRole('button', { name: 'Volgende' }).click();
      await check(page, 'avatar-2', scheme);
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.getByRole('button', { name: 'Volgende' }).click();
      await check(page, 'avatar-4', scheme);
      await page.getByRole('button', { name: 'Volgende' }).click();
      await check(page, 'avatar-5', scheme);
    });

    test('map and island', async ({ page }) => {
      await open(page, '/map');
      await expect(page.locator('.continue')).toBeVisible();
      await check(page, 'journey-map', scheme);
      await page.locator('.sea').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `target/screenshots/journey-map-sea-${scheme}.png` });
      await open(page, '/island/wonen');
      await check(page, 'island', scheme);
    });

    for (const [type, [exercise]] of Object.entries(AT)) {
      test(`question: ${type}`, async ({ page }) => {
        await open(page, `/exercise/${exercise}`);
        await expect(page.locator('.question')).toBeVisible();
        await check(page, `question-${type}`, scheme);
      });
    }

    test('end of an exercise', async ({ page }) => {
      // Three questions, and a new avatar item at the end.
      await open(page, '/exercise/werk_stap');
      await page.getByRole('button', { name: /Overslaan|Volgende/ }).click();
      await page.getByRole('button', { name: /Overslaan|Volgende/ }).click();
      await page.getByRole('button', { name: /Overslaan|Afronden/ }).click();
      await expect(page.getByRole('heading', { name: 'Goed gedaan!' })).toBeVisible();
      await check(page, 'finish', scheme);
    });

    test('overview', async ({ page }) => {
      await open(page, '/overview');
      await expect(page.getByRole('table', { name: 'Je cijfers per eiland' })).toBeVisible();
      await check(page, 'overview-full', scheme);
      await page.locator('.chart').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `target/screenshots/overview-chart-${scheme}.png` });
      await page.emulateMedia({ media: 'print', colorScheme: scheme });
      await page.screenshot({ path: `target/screenshots/overview-print-${scheme}.png`, fullPage: true });
    });
  });
}
