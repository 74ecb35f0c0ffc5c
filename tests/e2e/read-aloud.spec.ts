// Read aloud: the page's speech synthesis is replaced by a recorder (an init script), so the test
// hears what the button says and in which voice: the question, its help, every choice with its
// example, in the content's language (nl, en, fi). Without a voice for the language the button
// is not there, and Settings says why.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, open } from './fixtures';
import { expectNoAxeViolations, journeyDocument, recordSpeech, seed, spoken, type FakeVoice } from './access';
import type { Pack } from './journey-steps';

const packOf = (language: string): Pack => JSON.parse(readFileSync(join(__dirname, `../../content/${language}.json`), 'utf8'));

const VOICES: FakeVoice[] = [
  { name: 'Nederlands (Nederland)', lang: 'nl-NL', localService: true },
  { name: 'Vlaams', lang: 'nl-BE', localService: true },
  { name: 'English online', lang: 'en-GB', localService: false, default: true },
  { name: 'English', lang: 'en-GB', localService: true },
  { name: 'Suomi', lang: 'fi-FI', localService: true },
];

const LANGUAGES = [
  { language: 'nl', endonym: 'Nederlands', read: 'Lees voor', stop: 'Stop voorlezen', voice: 'Vlaams', lang: 'nl-BE' },
  { language: 'en', endonym: 'English', read: 'Read aloud', stop: 'Stop reading', voice: 'English', lang: 'en-GB' },
  { language: 'fi', endonym: 'Suomi', read: 'Lue ääneen', stop: 'Lopeta lukeminen', voice: 'Suomi', lang: 'fi-FI' },
];

async function chooseLanguage(page: Page, endonym: string) {
  await open(page, '/settings');
  await page.getByRole('radio', { name: endonym }).check();
}

/** The first single-choice question of the pack, with where it is. */
function firstChoiceQuestion(pack: Pack) {
  for (const island of pack.islands) {
    for (const exercise of island.exercises) {
      const index = exercise.questions.findIndex((q) => q.input.type === 'single_choice');
      if (index >= 0) return { exercise, index, question: exercise.questions[index] as any };
    }
  }
  throw new Error('no single-choice question');
}

for (const l of LANGUAGES) {
  test(`the button reads the question and its choices in ${l.language}, with the ${l.lang} voice`, async ({ page }) => {
    await recordSpeech(page, VOICES);
    await chooseLanguage(page, l.endonym);
    const pack = packOf(l.language);
    const { exercise, index, question } = firstChoiceQuestion(pack);
    await open(page, `/exercise/${exercise.id}`);
    for (let i = 0; i < index; i++) await page.locator('.step-buttons .button.primary').click();
    await expect(page.locator('.prompt')).toHaveText(question.prompt);

    await page.getByRole('button', { name: l.read }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `target/screenshots/read-aloud-${l.language}.png` });
    await page.getByRole('button', { name: l.read }).click();
    const [said] = await spoken(page);
    expect(said.lang).toBe(l.lang);
    expect(said.voice).toBe(l.voice);
    expect(said.text.startsWith(question.prompt)).toBe(true);
    let rest = said.text;
    for (const choice of question.input.choices) {
      // Every choice, in order, each with its example.
      const at = rest.indexOf(choice.label);
      expect(at, `${choice.label} in "${said.text}"`).toBeGreaterThanOrEqual(0);
      rest = rest.slice(at + choice.label.length);
      if (choice.example) expect(rest).toContain(choice.example);
    }
    if (question.help) expect(said.text).toContain(question.help);

    // While it speaks, the same button stops it; at the end it offers to read again.
    const stop = page.getByRole('button', { name: l.stop });
    await expect(stop).toBeVisible();
    await stop.click();
    await expect(page.getByRole('button', { name: l.read })).toBeVisible();
    expect(await page.evaluate(() => (window as any).__cancelled)).toBeGreaterThan(0);
    await page.getByRole('button', { name: l.read }).click();
    await expect(stop).toBeVisible();
    await page.evaluate(() => (window as any).__endSpeech());
    await expect(page.getByRole('button', { name: l.read })).toBeVisible();
    expect(await spoken(page)).toHaveLength(2);
  });
}

test('every question type is read with what can be chosen', async ({ page }) => {
  await recordSpeech(page, VOICES);
  await open(page, '/exercise/wonen_nu');
  const pack = packOf('nl');
  const exercise = pack.islands[0].exercises[0];
  for (const [i, question] of exercise.questions.entries()) {
    await expect(page.locator('.prompt')).toHaveText(question.prompt);
    await page.getByRole('button', { name: 'Lees voor' }).click();
    const said = (await spoken(page)).at(-1)!;
    expect(said.text.startsWith(question.prompt)).toBe(true);
    if (question.input.type === 'faces') for (const face of pack.texts.faces) expect(said.text).toContain(face);
    if (question.input.type === 'scale') {
      const input = question.input as any;
      expect(said.text).toContain(`0: ${input.min_label}`);
      expect(said.text).toContain(`10: ${input.max_label}`);
    }
    for (const choice of question.input.choices ?? []) expect(said.text).toContain(choice.label);
    await page.evaluate(() => (window as any).__endSpeech());
    if (i < exercise.questions.length - 1) await page.getByRole('button', { name: /Overslaan|Volgende/ }).click();
  }
});

test('moving on to the next question stops the voice', async ({ page }) => {
  await recordSpeech(page, VOICES);
  await open(page, '/exercise/wonen_nu');
  await page.getByRole('button', { name: 'Lees voor' }).click();
  await expect(page.getByRole('button', { name: 'Stop voorlezen' })).toBeVisible();
  await page.getByRole('button', { name: 'Overslaan' }).click();
  await expect(page.getByText('Vraag 2 van')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lees voor' })).toBeVisible();
  expect(await page.evaluate(() => (window as any).__cancelled)).toBeGreaterThan(0);
});

for (const [mode, looks] of [
  ['dark-xl', { theme: 'dark', highContrast: false, textSize: 'extra_large' }],
  ['contrast-light', { theme: 'light', highContrast: true, textSize: 'normal' }],
] as const) {
  test(`the button in ${mode}, while it speaks`, async ({ page }) => {
    await recordSpeech(page, VOICES);
    await page.emulateMedia({ colorScheme: looks.theme });
    await seed(page, journeyDocument(looks));
    await open(page, '/exercise/relaties_nu');
    await page.getByRole('button', { name: 'Lees voor' }).click();
    await expect(page.getByRole('button', { name: 'Stop voorlezen' })).toBeVisible();
    await page.screenshot({ path: `target/screenshots/read-aloud-speaking-${mode}.png`, fullPage: true });
    await expectNoAxeViolations(page, looks.highContrast);
  });
}

test('voices that arrive after the page opened bring the button', async ({ page }) => {
  await recordSpeech(page, VOICES, true);
  await open(page, '/exercise/wonen_nu');
  await expect(page.getByRole('button', { name: 'Lees voor' })).toBeVisible();
});

test('without a Finnish voice the button is not there, and Settings says why', async ({ page }) => {
  await recordSpeech(page, VOICES.filter((v) => !v.lang.startsWith('fi')));
  await open(page, '/settings');
  await expect(page.locator('[data-voice="yes"]')).toHaveText('Tik bij een vraag op Lees voor. Je gsm leest de vraag dan voor.');
  await open(page, '/exercise/wonen_nu');
  await expect(page.getByRole('button', { name: 'Lees voor' })).toBeVisible();

  await chooseLanguage(page, 'Suomi');
  await expect(page.locator('[data-voice="none"]')).toHaveText('Puhelimessasi ei ole suomenkielistä ääntä. Siksi Lue ääneen -painiketta ei näy.');
  await page.screenshot({ path: 'target/screenshots/settings-no-voice-fi.png', fullPage: true });
  await open(page, '/exercise/wonen_nu');
  await expect(page.locator('.prompt')).toHaveText(packOf('fi').islands[0].exercises[0].questions[0].prompt);
  await expect(page.locator('.read-aloud')).toHaveCount(0);
});

test('a browser without speech synthesis shows no button and explains it', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as any).speechSynthesis;
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  });
  await open(page, '/exercise/wonen_nu');
  await expect(page.locator('.prompt')).toBeVisible();
  await expect(page.locator('.read-aloud')).toHaveCount(0);
  await open(page, '/settings');
  await expect(page.locator('[data-voice="none"]')).toHaveText('Je gsm heeft geen Nederlandse stem. Daarom zie je geen knop Lees voor.');
});
