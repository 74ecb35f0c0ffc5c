// "My overview" after a journey with every island done, seeded through the app's own screens:
// what matters most comes first (suggestions until the youngster picks), one block per island,
// spending in the money block and not among the wishes, one A4 page in print, the top three and
// the stars survive a reload, "who helps me" can be filled from here, and axe finds nothing in
// light and dark. Screenshots (360×640) and the printed PDF, as PNG, land in target/screenshots/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, open, storedState } from './fixtures';
import { OWN_WORDS, answerEveryExercise, makeAvatar, pack } from './journey-steps';

const SHOTS = 'target/screenshots';
mkdirSync(SHOTS, { recursive: true });

// "Now" per island; "later" is always 9. The gaps: gezondheid 9, werk 7, financien 6, leren 4,
// wonen 3, relaties 2, vrije tijd 1 — so the suggestions come from the first three.
const NOW = { wonen: 6, relaties: 7, gezondheid: 0, financien: 3, leren: 5, vrije_tijd: 8, werk: 2 };

/** The first want of an island, as `answerEveryExercise` answers: its text and where it is asked. */
function firstWantOf(island: string) {
  const [exercise, question] = pack.islands
    .find((i) => i.id === island)!
    .exercises.flatMap((e) => e.questions.map((q) => [e, q] as const))
    .find(([, q]) => q.feeds === 'want')!;
  const text = question.input.type === 'text' ? OWN_WORDS[island] : (question.input.choices ?? question.input.cards)!.find((c) => !c.other)!.label;
  return { exercise: exercise.id, question: question.id, text };
}
const firstWant = (island: string) => firstWantOf(island).text;

/** Prints the page as Chromium does for "save as PDF", renders it to PNG, returns its page count. */
async function printed(page: Page, name: string): Promise<number> {
  const path = `${SHOTS}/${name}.pdf`;
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  // No page images left from an earlier, longer print.
  for (const old of readdirSync(SHOTS).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) rmSync(`${SHOTS}/${old}`);
  execFileSync('pdftoppm', ['-png', '-r', '70', path, `${SHOTS}/${name}`]);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

test.describe('with every island done', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  const errors: string[] = [];

  test.beforeAll(async ({ browser }, testInfo) => {
    test.setTimeout(300_000);
    const use = testInfo.project.use;
    // One page for the whole journey (axe needs it to have its own context).
    const context = await browser.newContext({ baseURL: use.baseURL, viewport: use.viewport, locale: use.locale, serviceWorkers: 'block' });
    page = await context.newPage();
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    await makeAvatar(page);
    await answerEveryExercise(page, { now: NOW, skipPeopleOn: ['leren'] });
  });

  test.afterAll(async () => {
    await page.context().close();
  });

  test('the overview starts with three suggestions, then one block per island', async () => {
    await open(page, '/overview');
    const sheet = page.locator('.overview-sheet');
    await expect(sheet.locator('> section').first()).toHaveClass(/top-three/);
    await expect(page.getByRole('heading', { level: 2, name: 'Wat is nu het belangrijkste voor jou?' })).toBeInViewport();
    await expect(page.locator('.suggest-note')).toHaveText('Dit zijn voorstellen van de app. Kies zelf wat voor jou het belangrijkste is.');
    const top = page.locator('.top-list > li');
    await expect(top.locator('.top-want strong')).toHaveText([firstWant('gezondheid'), firstWant('werk'), firstWant('financien')]);
    await expect(top.first()).toHaveAttribute('data-island', 'gezondheid');
    for (const item of await top.all()) await expect(item.locator('.top-step')).toContainText('Eerste stap: ');
    await expect(page.getByRole('button', { name: 'Kies je top drie' })).toBeVisible();

    await expect(page.locator('.island-block')).toHaveCount(7);
    await expect(page.locator('.not-started')).toHaveCount(0);
    const health = page.locator('.island-block[data-island="gezondheid"]');
    await expect(health.locator('.score-line')).toHaveText('Nu 0 · later 9');
    await expect(page.locator('.chart-table tr[data-island="gezondheid"]')).toContainText('0/10');
    // Six wants on this island; the block shows three, "meer" the rest.
    await expect(health.locator('.wants li')).toHaveCount(3);

    // Spending is no wish: it is in the money block under "meer".
    const money = page.locator('.island-block[data-island="financien"]');
    const spending = pack.islands.find((i) => i.id === 'financien')!.exercises.find((e) => e.id === 'financien_uitgeven')!.questions[0].input.cards![0].label;
    await expect(money.locator('.wants')).not.toContainText(spending);
    await expect(money.locator('.more')).not.toHaveAttribute('open');
    await money.locator('.more summary').click();
    await expect(money.locator('.more .block-row', { hasText: 'Waar mijn geld naartoe gaat' })).toContainText(spending);
    await page.screenshot({ path: `${SHOTS}/overview-money-more-light.png` });
    await page.screenshot({ path: `${SHOTS}/overview-all-islands-full-light.png`, fullPage: true });
  });

  test('it prints on one A4 page', async () => {
    await open(page, '/overview');
    expect(await printed(page, 'overview-all-islands')).toBe(1);
  });

  test('the youngster picks a top three, and it survives a reload', async () => {
    await open(page, '/overview');
    await page.getByRole('button', { name: 'Kies je top drie' }).click();
    const picker = page.getByRole('group', { name: 'Tik aan wat voor jou het belangrijkste is. Hoogstens drie.' });
    // The tick on a picked chip is for the eye only: its name stays the want itself.
    const choose = (island: string, text: string) => picker.locator(`.picker-island[data-island="${island}"]`).getByRole('checkbox', { name: new RegExp(`^${text}$`) });
    await choose('werk', firstWant('werk')).check();
    await expect(choose('werk', firstWant('werk'))).toBeChecked();
    await choose('leren', firstWant('leren')).check();
    await choose('relaties', firstWant('relaties')).check();
    await expect(page.getByText('Je koos er drie. Wil je een andere? Tik er eerst een uit.')).toBeVisible();
    await expect(choose('wonen', firstWant('wonen'))).toBeDisabled();
    await page.screenshot({ path: `${SHOTS}/overview-picker-light.png` });
    await choose('leren', firstWant('leren')).uncheck();
    await choose('wonen', firstWant('wonen')).check();
    await picker.getByRole('button', { name: 'Klaar' }).click();

    const chosen = [firstWant('werk'), firstWant('relaties'), firstWant('wonen')];
    await expect(page.locator('.top-list .top-want strong')).toHaveText(chosen);
    await expect(page.locator('.suggest-note')).toHaveCount(0);
    await page.reload();
    await expect(page.locator('.top-list .top-want strong')).toHaveText(chosen);
    await expect(page.getByRole('button', { name: 'Top drie aanpassen' })).toBeVisible();
    const saved = (await storedState(page)).state.journey.top_three;
    const where = (island: string) => ({ exercise: firstWantOf(island).exercise, question: firstWantOf(island).question });
    expect(saved.map(({ exercise, question }: { exercise: string; question: string }) => ({ exercise, question }))).toEqual([
      { exercise: 'werk_droom', question: 'q_droom' },
      where('relaties'),
      where('wonen'),
    ]);
  });

  test('a star puts a want first on its island, also after a reload', async () => {
    await open(page, '/overview');
    const block = page.locator('.island-block[data-island="vrije_tijd"]');
    const second = await block.locator('.wants .want-text').nth(1).innerText();
    await block.getByRole('button', { name: `Ster bij ${second}` }).click();
    await expect(block.locator('.wants .want-text').first()).toHaveText(second);
    await expect(block.getByRole('button', { name: `Ster bij ${second}` })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(block.locator('.wants .want-text').first()).toHaveText(second);
  });

  test('who helps can be filled from the overview: pick someone or add someone', async () => {
    await open(page, '/overview');
    const learning = page.locator('.island-block[data-island="leren"]');
    await expect(learning.locator('.helpers')).toContainText('Nog niemand.');
    await learning.getByRole('button', { name: 'Kies wie je helpt' }).click();
    await learning.getByRole('checkbox', { name: /Sam/ }).check();
    await expect(learning.locator('.helpers .block-value > p')).toHaveText('Sam (Jobcoach)');
    await learning.getByRole('button', { name: '+ Iemand toevoegen' }).click();
    const form = learning.getByRole('group', { name: 'Iemand toevoegen' });
    await form.getByRole('radio', { name: 'Leerkracht', exact: true }).check();
    await form.getByLabel('Naam').fill('Juf An');
    await page.screenshot({ path: `${SHOTS}/overview-add-helper-light.png` });
    await form.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await learning.getByRole('button', { name: 'Klaar' }).click();
    await expect(learning.locator('.helpers .block-value > p')).toHaveText('Sam (Jobcoach), Juf An (Leerkracht)');
    await page.reload();
    await expect(learning.locator('.helpers .block-value > p')).toHaveText('Sam (Jobcoach), Juf An (Leerkracht)');
    expect((await storedState(page)).state.journey.answers.leren_stap.q_wie).toEqual({ type: 'people', people: [1, 2] });
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing and the screens look right: ${scheme}`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, '/overview');
      await page.screenshot({ path: `${SHOTS}/overview-top-${scheme}.png` });
      await axe(page);
      const work = page.locator('.island-block[data-island="werk"]');
      await work.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/overview-block-${scheme}.png` });
      await work.locator('.more summary').click();
      await page.getByRole('button', { name: 'Top drie aanpassen' }).click();
      await axe(page);
      await page.screenshot({ path: `${SHOTS}/overview-full-${scheme}.png`, fullPage: true });
      await page.locator('.chart').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/overview-chart-all-${scheme}.png` });
      await page.emulateMedia({ colorScheme: null });
    });
  }

  test('no errors on the way', async () => {
    expect(errors).toEqual([]);
  });
});

test('with every choice and card picked on every island, it prints on two pages at most', async ({ page }) => {
  test.setTimeout(300_000);
  await makeAvatar(page);
  await answerEveryExercise(page, { everything: true, now: NOW });
  await open(page, '/overview');
  await expect(page.locator('.island-block')).toHaveCount(7);
  expect(await printed(page, 'overview-every-answer')).toBeLessThanOrEqual(2);
});
