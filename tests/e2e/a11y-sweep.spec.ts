// The axe-core sweep: every route and every question type at the largest text size (200%), in
// light, dark and high contrast (light and dark), and high contrast at normal size. High
// contrast also passes the AAA contrast rule (7:1). A screenshot of every screen, 360 px wide
// and as long as the page, lands in target/screenshots/ (named after the looks) for a person
// to look at.
import type { Page } from '@playwright/test';
import { test, expect, open } from './fixtures';
import { LOOKS, type Looks, expectNoAxeViolations, firstOfEachType, journeyDocument, seed } from './access';
import { pack } from './journey-steps';

async function check(page: Page, looks: Looks, mode: string, name: string) {
  await expect(page.locator('html')).toHaveAttribute('data-theme', looks.theme);
  await page.screenshot({ path: `target/screenshots/${mode}-${name}.png`, fullPage: true });
  await expectNoAxeViolations(page, looks.highContrast);
}

const TYPES = firstOfEachType();

/** Opens question `index` of `exercise`, on the saved journey with these looks. */
async function openQuestion(page: Page, looks: Looks, exercise: string, index: number) {
  const doc = journeyDocument(looks);
  doc.state.journey.positions[exercise] = index;
  delete doc.state.journey.finished[exercise];
  await seed(page, doc);
  await open(page, `/exercise/${exercise}`);
  const question = pack.islands.flatMap((i) => i.exercises).find((e) => e.id === exercise)!.questions[index];
  await expect(page.locator('.prompt')).toHaveText(question.prompt);
}

for (const [mode, looks] of Object.entries(LOOKS)) {
  test.describe(`${mode}`, () => {
    test.beforeEach(async ({ page }) => {
      // Many screens a test, each checked twice as big: more time than a single screen's test.
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: looks.theme });
      await seed(page, journeyDocument(looks));
    });

    test('welcome, map, islands, overview, share with my coach and a page that does not exist', async ({ page }) => {
      await seed(page, journeyDocument(looks, false));
      await open(page, '/');
      await check(page, looks, mode, 'welcome');
      await seed(page, journeyDocument(looks));
      await open(page, '/map');
      await expect(page.locator('.continue')).toBeVisible();
      await check(page, looks, mode, 'map');
      // Free time: done, with its evaluation; housing: started, with the help lines.
      await open(page, '/island/vrije_tijd');
      await expect(page.getByRole('group', { name: /Hielp dit eiland/ })).toBeVisible();
      await check(page, looks, mode, 'island-done');
      await open(page, '/island/wonen');
      await expect(page.locator('[data-help-card]')).toBeVisible();
      await check(page, looks, mode, 'island');
      await open(page, '/overview');
      await expect(page.getByRole('table', { name: 'Je cijfers per eiland' })).toBeVisible();
      await check(page, looks, mode, 'overview');
      await open(page, '/share');
      await expect(page.getByRole('heading', { level: 1, name: 'Wat is de code van je coach?' })).toBeVisible();
      await check(page, looks, mode, 'share');
      await open(page, '/nergens');
      await check(page, looks, mode, 'not-found');
    });

    test('the avatar steps', async ({ page }) => {
      await open(page, '/avatar');
      for (let step = 1; step <= 5; step++) {
        await expect(page.getByText(`Stap ${step} van 5`)).toBeVisible();
        await check(page, looks, mode, `avatar-${step}`);
        if (step < 5) await page.getByRole('button', { name: 'Volgende' }).click();
      }
    });

    test('settings, with the delete question, and the reminder', async ({ page }) => {
      await open(page, '/settings');
      await check(page, looks, mode, 'settings');
      await page.getByRole('button', { name: 'Alles wissen' }).click();
      await expect(page.getByText('Weet je het zeker?')).toBeVisible();
      await check(page, looks, mode, 'settings-delete');
      await page.locator('input[type=file]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('no') });
      await expect(page.getByRole('status').filter({ hasText: 'geen kopie' })).toBeVisible();
      await check(page, looks, mode, 'settings-error');
      await open(page, '/reminders');
      await expect(page.getByRole('switch', { name: 'Herinnering aan' })).toBeChecked();
      await check(page, looks, mode, 'reminders');
    });

    test('every question type', async ({ page }) => {
      expect(Object.keys(TYPES).sort()).toEqual(['card_sort', 'faces', 'first_step', 'multiple_choice', 'people', 'scale', 'single_choice', 'text']);
      for (const [type, [exercise, index]] of Object.entries(TYPES)) {
        await openQuestion(page, looks, exercise, index);
        await check(page, looks, mode, `question-${type}`);
      }
    });

    test('help lines after an answer, a message, the end of an exercise and its evaluation', async ({ page }) => {
      await open(page, '/exercise/gezondheid_nu');
      await page.getByRole('radio', { name: pack.texts.faces[0], exact: true }).check();
      await expect(page.locator('[data-help-card]')).toBeVisible();
      await check(page, looks, mode, 'question-help-card');

      // Who someone is must be chosen to add them: the message shows.
      await openQuestion(page, looks, ...TYPES.people);
      await page.getByRole('button', { name: '+ Iemand toevoegen' }).click();
      await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await expect(page.getByText('Kies eerst wie het is voor jou.')).toBeVisible();
      await check(page, looks, mode, 'question-error');

      // The last exercise of an island: the end, the discovery and "did it help?".
      const werk = pack.islands.find((i) => i.id === 'werk')!;
      const last = werk.exercises[werk.exercises.length - 1];
      const doc = journeyDocument(looks);
      for (const exercise of werk.exercises) doc.state.journey.finished[exercise.id] = '2026-11-23';
      delete doc.state.journey.finished[last.id];
      doc.state.journey.positions[last.id] = last.questions.length;
      await seed(page, doc);
      await open(page, `/exercise/${last.id}`);
      await expect(page.getByText('Je bent aan het einde.')).toBeVisible();
      await check(page, looks, mode, 'exercise-end');
      await page.getByRole('button', { name: 'Afronden' }).click();
      await expect(page.getByRole('heading', { name: 'Goed gedaan!' })).toBeVisible();
      await expect(page.getByRole('group', { name: /Hielp dit eiland/ })).toBeVisible();
      await check(page, looks, mode, 'finish');
    });
  });
}
