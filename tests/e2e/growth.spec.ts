// Growth over time, with the phone's clock moved by Playwright: a finished island looked at again
// two weeks later ("Hoe staat het nu?") and drawn on the overview's chart over time; a first step
// followed up on its day ("Is het gelukt?") and the next one set; what worked listed in the
// overview. axe on every new screen, light and dark; 360×640 screenshots in target/screenshots/.
import type { Page } from '@playwright/test';
import { test, expect, open, storedState } from './fixtures';
import { answerEveryExercise, named, pack } from './journey-steps';
import { expectNoAxeViolations as axe } from './access';

const SHOTS = 'target/screenshots';
const START = new Date('2027-03-01T10:00:00');
const DAY = 24 * 60 * 60 * 1000;

/** Both colour schemes: axe and a screenshot of what is on screen now. Reduced motion, so that
 * no colour is caught half-way through a tile's transition to the other scheme. */
async function lookInBothSchemes(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await axe(page);
    await page.screenshot({ path: `${SHOTS}/${name}-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const wonen = pack.islands.find((i) => i.id === 'wonen')!;
const questionFeeding = (feed: string) => wonen.exercises.flatMap((e) => e.questions.map((q) => ({ exercise: e, question: q }))).find(({ question }) => question.feeds === feed)!;

test('a finished island looked at again two weeks later is drawn over time', async ({ page, watch }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: START });
  await answerEveryExercise(page, { islands: ['wonen'], now: { wonen: 4 } });

  // The same day: the island offers a check-in, and the overview has one reading, so no line yet.
  await page.clock.fastForward(14 * DAY);
  await open(page, '/island/wonen');
  await page.getByRole('link', { name: 'Hoe staat het nu?' }).click();
  await expect(page.getByRole('heading', { name: 'Hoe staat het nu?' })).toBeVisible();
  await expect(page.locator('.prompt')).toHaveText(questionFeeding('now').question.prompt);
  await expect(page.getByText('Vorige keer: 4 op 10.')).toBeVisible();
  await page.getByRole('radio', { name: '7', exact: true }).check();
  await lookInBothSchemes(page, 'check-in');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.locator('.prompt')).toHaveText(questionFeeding('wanted').question.prompt);
  await expect(page.getByText('Vorige keer: 9 op 10.')).toBeVisible();
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('status')).toContainText('Bewaard.');

  await page.getByRole('link', { name: 'Naar mijn overzicht' }).click();
  const overTime = page.locator('.growth-part');
  await expect(overTime.getByRole('heading', { name: 'Hoe het veranderde' })).toBeVisible();
  const rows = overTime.locator('.growth-island[data-island="wonen"] tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('1 maart 2027');
  await expect(rows.nth(0)).toContainText('4/10');
  await expect(rows.nth(1)).toContainText('15 maart 2027');
  await expect(rows.nth(1)).toContainText('7/10');
  // "Later" was not given again: the check-in keeps it open, the first reading keeps 9.
  await expect(rows.nth(1).locator('td').nth(1)).toHaveText('nog niet ingevuld');
  await expect(overTime.locator('svg[role="img"] .growth-dot.now')).toHaveCount(2);
  // The island's block shows the newest reading.
  await expect(page.locator('.island-block[data-island="wonen"] .score-line')).toHaveText('Nu 7 · later 9');
  await overTime.scrollIntoViewIfNeeded();
  await lookInBothSchemes(page, 'overview-over-time');

  // Kept with its date, across a reload.
  const saved = await storedState(page);
  expect(saved.state.journey.check_ins.wonen).toEqual([{ on: '2027-03-15', now: 7 }]);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('a check-in before the island is finished is not offered', async ({ page }) => {
  await open(page, '/island/wonen/check-in');
  await expect(page.getByText('Doe eerst alle oefeningen van dit eiland.')).toBeVisible();
  await open(page, '/island/wonen');
  await expect(page.getByRole('link', { name: 'Hoe staat het nu?' })).toHaveCount(0);
});

test('a first step is followed up on its day, and the next one is set', async ({ page, watch }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: START });
  await answerEveryExercise(page, { islands: ['wonen'], stepBy: '2027-03-04' });
  const step = questionFeeding('first_step');
  const firstLabel = step.question.input.suggestions![0].label;

  // Not due before its day.
  await open(page, '/map');
  await expect(page.locator('.step-due')).toHaveCount(0);

  await page.clock.fastForward(3 * DAY);
  await open(page, '/map');
  const due = page.locator('.step-due');
  await expect(due.getByRole('heading', { name: 'Is het gelukt?' })).toBeVisible();
  await expect(due).toContainText(`Je stap: ${firstLabel}`);
  await page.screenshot({ path: `${SHOTS}/step-due-light.png` });
  await due.getByRole('link', { name: 'Vertel hoe het ging' }).click();

  await expect(page).toHaveURL(new RegExp(`/step/${step.exercise.id}/${step.question.id}$`));
  await expect(page.locator('.step-card')).toContainText(firstLabel);
  await expect(page.getByRole('button', { name: 'Volgende' })).toBeDisabled();
  await page.getByRole('radio', { name: named('Een beetje') }).check();
  await lookInBothSchemes(page, 'follow-up-outcome');
  await page.getByRole('button', { name: 'Volgende' }).click();

  // Partly: what helped first, then what was hard, one question a screen.
  await expect(page.getByRole('group', { name: 'Wat hielp je?' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Ik had geen tijd' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Iemand hielp me' }).check();
  await lookInBothSchemes(page, 'follow-up-reasons');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('group', { name: 'Wat maakte het moeilijk?' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Ik had geen tijd' }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();

  // Saving without choosing what now says so, and changes nothing.
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('alert')).toHaveText('Kies eerst wat je nu doet.');
  expect((await storedState(page)).state.journey.past_steps ?? []).toEqual([]);

  await page.getByRole('radio', { name: 'Een nieuwe stap', exact: true }).check();
  const nextLabel = step.question.input.suggestions![1].label;
  await page.locator('.new-step').getByRole('radio', { name: named(nextLabel) }).check();
  await page.locator('.new-step').getByLabel('Tegen wanneer?').fill('2027-03-20');
  await lookInBothSchemes(page, 'follow-up-next');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('status')).toHaveText('Een stukje is ook een stap. Goed bezig!');

  const saved = await storedState(page);
  const past = saved.state.journey.past_steps;
  expect(past).toHaveLength(1);
  expect(past[0]).toMatchObject({ exercise: step.exercise.id, question: step.question.id, outcome: 'partly', reasons: ['someone_helped', 'no_time'], on: '2027-03-04' });
  expect(saved.state.journey.answers[step.exercise.id][step.question.id]).toMatchObject({ type: 'first_step', by: '2027-03-20' });

  // The overview lists what worked, and the new step is the island's step now.
  await page.getByRole('link', { name: 'Naar mijn overzicht' }).click();
  const block = page.locator('.island-block[data-island="wonen"]');
  await expect(block.locator('.achievements')).toContainText(firstLabel);
  await expect(block.locator('.achievements')).toContainText('deels gelukt');
  // The island's soonest step leads its block (the other step, due today); the new one is under "Meer".
  await expect(block.getByRole('link', { name: 'Is het gelukt?' })).toBeVisible();
  await block.locator('details.more summary').click();
  await expect(block.locator('details.more')).toContainText(nextLabel);
  await block.scrollIntoViewIfNeeded();
  await lookInBothSchemes(page, 'overview-achievements');

  // The other first step of the island (same day) is the one due now.
  await open(page, '/map');
  const otherStep = wonen.exercises.flatMap((e) => e.questions.map((q) => ({ e, q }))).filter(({ q }) => q.feeds === 'first_step')[1];
  if (otherStep) await expect(page.locator('.step-due')).toContainText(otherStep.q.input.suggestions![0].label);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('a step that did not work yet can move to another day, and a past day is refused', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: START });
  await answerEveryExercise(page, { islands: ['wonen'], stepBy: '2027-03-02' });
  await page.clock.fastForward(2 * DAY);
  const step = questionFeeding('first_step');
  await open(page, `/step/${step.exercise.id}/${step.question.id}`);
  await page.getByRole('radio', { name: named('Nog niet') }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('group', { name: 'Wat maakte het moeilijk?' })).toBeVisible();
  // "What helped" does not fit "not yet".
  await expect(page.getByRole('checkbox', { name: 'Iemand hielp me' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Ik had geen energie' }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: 'Dezelfde stap, op een andere dag' }).check();
  await page.getByLabel('Tegen wanneer?').fill('2027-03-01');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('alert')).toHaveText('Die dag is al voorbij. Kies vandaag of later.');
  expect((await storedState(page)).state.journey.past_steps ?? []).toEqual([]);

  await page.getByLabel('Tegen wanneer?').fill('2027-03-10');
  await page.getByRole('button', { name: 'Bewaren' }).click();
  await expect(page.getByRole('status')).toHaveText('Dat is oké. Elke poging leert je iets.');
  const saved = await storedState(page);
  expect(saved.state.journey.past_steps[0]).toMatchObject({ outcome: 'not_yet', reasons: ['no_energy'] });
  expect(saved.state.journey.answers[step.exercise.id][step.question.id].by).toBe('2027-03-10');
  // Nothing to say about a step that did not work yet: no achievement.
  await open(page, '/overview');
  await expect(page.locator('.island-block[data-island="wonen"] .achievements')).toHaveCount(0);
});

test('the reminder can ring on the day of the next first step', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: START });
  await answerEveryExercise(page, { islands: ['wonen'], stepBy: '2027-03-12' });
  const step = questionFeeding('first_step');
  await open(page, '/reminders');
  const card = page.locator('.step-day');
  await expect(card).toContainText('Je stap staat op 12 maart 2027:');
  await expect(card).toContainText(step.question.input.suggestions![0].label);
  await lookInBothSchemes(page, 'reminder-step-day');
  await card.getByRole('button', { name: 'Herinner me op die dag' }).click();
  // The reminder is on, once, on that day at the reminder's time; the card has done its job.
  await expect(page.getByRole('switch', { name: 'Herinnering aan' })).toBeChecked();
  await expect(page.locator('.next-reminder')).toContainText('12 maart');
  await expect(card).toHaveCount(0);
  const saved = await storedState(page);
  expect(saved.state.reminders.enabled).toBe(true);
  expect(saved.state.reminders.schedule).toEqual({ kind: 'once', at: '2027-03-12T16:00:00' });
});
