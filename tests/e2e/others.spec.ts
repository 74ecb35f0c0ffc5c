// "Wat anderen in mij zien": the youngster asks someone of "my people" what they see in them.
// On this phone (offline): the hand-over screens, the phone back, the reply as a discovery,
// kept in the overview or not, removed again. Kept replies go to the coach only with their tick,
// drawn the same in the youngster's preview and the coach's app. axe on every new screen, light
// and dark; screenshots at 360×640 in target/screenshots/.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, storedState } from './fixtures';
import { expectNoAxeViolations, newContext, registerCoach, robinsPhone, SENT } from './coach-steps';
import { recordSpeech, spoken } from './access';

const SHOTS = 'target/screenshots';
mkdirSync(SHOTS, { recursive: true });

async function look(page: Page, name: string) {
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/others-${name}.png`, fullPage: true });
}

/** From the overview's link to the reply kept: Oma answers on Robin's phone. */
async function handOverToOma(page: Page, shots?: string) {
  const heading = page.locator('main h1');
  const shot = async (name: string) => shots && (await look(page, `${name}-${shots}`));
  await page.getByRole('link', { name: 'Vraag wat iemand in jou ziet' }).click();
  await expect(heading).toHaveText('Wie wil je iets vragen?');
  await shot('choose');
  await page.getByRole('button', { name: 'Oma' }).click();
  await expect(heading).toHaveText('Hoe vraag je het aan Oma?');
  await shot('how');
  await page.getByRole('button', { name: /^Op deze gsm, nu/ }).click();
  await expect(heading).toHaveText('Geef je gsm aan Oma');
  await shot('hand-over');
  await page.getByRole('button', { name: 'Beginnen' }).click();

  await expect(heading).toHaveText('Wat kan Robin goed?');
  for (const strength of ['Goed luisteren', 'Doorzetten', 'Moedig zijn']) {
    await page.getByRole('checkbox', { name: strength }).check();
  }
  // A fourth is refused and says why; the three stay.
  await page.getByRole('checkbox', { name: 'Grappig zijn' }).click();
  await expect(page.locator('.ask .error')).toHaveText('Je koos er al 3. Tik er eerst een uit.');
  await expect(page.getByRole('checkbox', { name: 'Grappig zijn' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Moedig zijn' })).toBeChecked();
  await shot('strengths');
  await page.getByRole('button', { name: 'Verder' }).click();

  await expect(heading).toHaveText('Hoe wil jij helpen?');
  await page.getByRole('checkbox', { name: 'Meegaan naar een afspraak' }).check();
  await page.getByLabel('Iets anders (mag leeg)').fill('Samen fietsen');
  await shot('help');
  await page.getByRole('button', { name: 'Verder' }).click();

  await expect(heading).toHaveText('Wil je nog iets zeggen?');
  await page.getByLabel('Jouw bericht (mag leeg)').fill('Je kan het, Kiwimarker!');
  await shot('message');
  await page.getByRole('button', { name: 'Klaar' }).click();

  await expect(heading).toHaveText('Geef de gsm terug aan Robin');
  await shot('give-back');
  await page.getByRole('button', { name: 'Ik heb mijn gsm terug' }).click();

  await expect(heading).toHaveText('Oma ziet dit in jou');
  const discovery = page.locator('.reply-discovery');
  for (const words of ['Goed luisteren', 'Doorzetten', 'Moedig zijn', 'Meegaan naar een afspraak', 'Samen fietsen', 'Je kan het, Kiwimarker!']) {
    await expect(discovery).toContainText(words);
  }
  await shot('discovery');
  await page.getByRole('button', { name: 'Bewaar in mijn overzicht' }).click();
  await expect(page.locator('.reply-decided')).toHaveText('Bewaard. Je ziet het in je overzicht.');
  await page.getByRole('link', { name: 'Naar mijn overzicht' }).click();
}

for (const theme of ['light', 'dark'] as const) {
  test(`on this phone, offline: the phone goes to Oma and back, the reply is kept in the overview and can be removed (${theme})`, async ({ page, context, watch }) => {
    test.setTimeout(120_000);
    await robinsPhone(page, theme);
    await page.goto('/overview');
    await expect(page.locator('main h1')).toHaveText('Mijn overzicht');
    await context.setOffline(true);

    await handOverToOma(page, theme);

    const part = page.locator('.others-part');
    await expect(part.getByRole('heading', { name: 'Wat anderen in mij zien' })).toBeVisible();
    await expect(part.getByRole('heading', { name: 'Oma ziet dit in jou' })).toBeVisible();
    await expect(part).toContainText('Je kan het, Kiwimarker!');
    await expect(part).toContainText('Zo wil Oma helpen');
    await part.scrollIntoViewIfNeeded();
    await look(page, `overview-${theme}`);
    const stored = await storedState(page);
    expect(stored.state.journey.replies).toEqual([
      expect.objectContaining({
        person: 2,
        via: 'this_phone',
        kept: true,
        words: {
          from: 'Oma',
          strengths: [{ listed: 'listens_well' }, { listed: 'keeps_going' }, { listed: 'brave' }],
          help: [{ listed: 'go_along' }, { own: 'Samen fietsen' }],
          message: 'Je kan het, Kiwimarker!',
        },
      }),
    ]);

    // Removed: gone from the overview and from the phone.
    await part.getByRole('button', { name: 'Weghalen wat Oma zei' }).click();
    await expect(page.locator('.others-part')).toHaveCount(0);
    expect((await storedState(page)).state.journey.replies ?? []).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
}

test('a reply not kept stays out of the overview; one left undecided waits above it as new', async ({ page }) => {
  await robinsPhone(page, 'light');
  await page.goto('/ask?person=1');
  await expect(page.locator('main h1')).toHaveText('Hoe vraag je het aan Sam?');
  await page.getByRole('button', { name: /^Op deze gsm, nu/ }).click();
  await expect(page.locator('main h1')).toHaveText('Geef je gsm aan Sam');
  await page.getByRole('button', { name: 'Beginnen' }).click();
  // Nothing tapped and nothing said: the reply cannot go, and says why.
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Klaar' }).click();
  await expect(page.locator('.ask .error')).toHaveText('Tik eerst iets aan. Of schrijf een bericht.');
  expect((await storedState(page)).state.journey.replies ?? []).toEqual([]);
  await page.getByRole('button', { name: 'Terug' }).click();
  await page.getByRole('checkbox', { name: 'Luisteren', exact: true }).check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Klaar' }).click();
  await page.getByRole('button', { name: 'Ik heb mijn gsm terug' }).click();
  await expect(page.locator('main h1')).toHaveText('Sam ziet dit in jou');

  // The youngster walks away without choosing: the overview shows it as new.
  await page.goto('/overview');
  const waiting = page.locator('.new-replies');
  await expect(waiting.getByRole('heading', { name: 'Sam ziet dit in jou' })).toBeVisible();
  await expect(page.locator('.others-part')).toHaveCount(0);
  await look(page, 'overview-new-light');
  await waiting.getByRole('button', { name: 'Niet bewaren' }).click();
  await expect(waiting.locator('.reply-decided')).toHaveText('Niet bewaard.');
  await expect(page.locator('.others-part')).toHaveCount(0);
  expect((await storedState(page)).state.journey.replies[0].kept).toBe(false);
});

test('kept replies go to the coach only with their tick, and the coach sees exactly the preview', async ({ browser, page }, testInfo) => {
  test.setTimeout(180_000);
  const coachContext = await newContext(browser, testInfo);
  const coach = await coachContext.newPage();
  await registerCoach(coach, 'Sanne, JAC Gent');
  const link = (await coach.locator('.share-link a').getAttribute('href'))!;

  await robinsPhone(page, 'light');
  await page.goto('/overview');
  await handOverToOma(page);
  await expect(page.locator('.others-part')).toContainText('Kiwimarker');

  const heading = page.locator('main h1').first();
  await page.goto(link);
  await page.getByRole('button', { name: 'Zoek mijn coach' }).click();
  await page.getByRole('button', { name: 'Ja, dat is mijn coach' }).click();
  await expect(heading).toHaveText('Wat wil je delen?');
  const tick = page.getByRole('checkbox', { name: 'Ook wat anderen in mij zien' });
  await expect(tick).not.toBeChecked();
  await page.getByRole('button', { name: 'Bekijk wat je coach ziet' }).click();
  await expect(heading).toHaveText('Dit ziet je coach');
  await expect(page.locator('.preview-frame')).not.toContainText('Kiwimarker');
  await page.getByRole('button', { name: 'Terug' }).click();
  await tick.check();
  await look(page, 'share-tick-light');
  await page.getByRole('button', { name: 'Bekijk wat je coach ziet' }).click();
  await expect(page.locator('.preview-frame')).toContainText('Oma ziet dit in jou');
  await expect(page.locator('.preview-frame')).toContainText('Kiwimarker');
  const preview = await page.locator('.preview-frame').innerText();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Ja, deel het' }).click();
  await expect(page.locator('.share-status')).toHaveText(SENT);

  await coach.getByRole('link', { name: 'Jongeren', exact: true }).click();
  await coach.locator('.youngster-line a').click();
  await expect(coach.locator('.summary-frame')).toContainText('Kiwimarker');
  expect(await coach.locator('.summary-frame').innerText()).toBe(preview);
  await coach.locator('.others-part').scrollIntoViewIfNeeded();
  await expectNoAxeViolations(coach);
  await coach.screenshot({ path: `${SHOTS}/others-coach-light.png`, fullPage: true });
  await coachContext.close();
});

test('the hand-over follows the app language and reads its questions aloud', async ({ page }) => {
  await recordSpeech(page, [{ name: 'English', lang: 'en-GB', localService: true }]);
  await robinsPhone(page, 'light', 'en');
  const heading = page.locator('main h1');
  await page.goto('/ask?person=2');
  await expect(heading).toHaveText('How do you ask Oma?');
  await page.getByRole('button', { name: /^On this phone, now/ }).click();
  await expect(heading).toHaveText('Give your phone to Oma');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(heading).toHaveText('What is Robin good at?');
  await page.getByRole('button', { name: 'Read aloud' }).click();
  const [said] = await spoken(page);
  expect(said.lang).toBe('en-GB');
  expect(said.text).toContain('What is Robin good at? Choose up to 3.');
  expect(said.text).toContain('Listening well, Helping others');
  await page.getByRole('checkbox', { name: 'Being kind' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(heading).toHaveText('How would you like to help?');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(heading).toHaveText('Do you want to say something else?');
  await page.getByRole('button', { name: 'Read aloud' }).click();
  expect((await spoken(page)).at(-1)!.text).toContain('You can. You do not have to.');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(heading).toHaveText('Give the phone back to Robin');
  await page.getByRole('button', { name: 'I have my phone back' }).click();
  await expect(heading).toHaveText('Oma sees this in you');
  await expect(page.locator('.reply-discovery')).toContainText('Being kind');
});

