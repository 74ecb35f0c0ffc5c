// "Who can help me" by taps: services and roles are tiles that say what they are, one tap picks
// one and nothing is typed; a person can still be added, with a name or without. Also: a 0-10
// score starts unanswered, and "not in school or work" is a plain choice. axe in light and
// dark, and screenshots at 360×640 in target/screenshots/.
import type { Page } from '@playwright/test';
import { expect, open, storedState, test } from './fixtures';
import { addPerson, pack } from './journey-steps';
import { expectNoAxeViolations } from './access';

const SHOTS = 'target/screenshots';

const journey = async (page: Page) => (await storedState(page)).state.journey;

/** Opens an exercise on its "who helps" question (the second one on every `_stap` exercise). */
async function openWhoHelps(page: Page, exercise: string, skip = 'Overslaan') {
  await open(page, `/exercise/${exercise}`);
  await page.getByRole('button', { name: skip }).click();
}

test('one tap picks the jobcoach or VDAB, and nothing needs typing', async ({ page, watch }) => {
  await openWhoHelps(page, 'werk_stap');
  await expect(page.locator('.prompt')).toHaveText('Wie kan je helpen op weg naar werk?');
  // Every suggested service or role is a tile that says what it is.
  const gtb = page.getByRole('checkbox', { name: /^GTB/ });
  await expect(gtb).toBeVisible();
  await expect(page.locator('.tile', { has: gtb })).toContainText('Via VDAB.');
  await expect(page.getByRole('checkbox', { name: /^Collega of baas/ })).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);

  await page.getByRole('checkbox', { name: /^Jobcoach/ }).check();
  await page.getByRole('checkbox', { name: /^VDAB/ }).check();
  await expect(page.getByRole('checkbox', { name: /^Jobcoach/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^VDAB/ })).toBeChecked();
  let saved = await journey(page);
  expect(saved.people).toEqual([
    { id: 1, name: '', relation: 'jobcoach' },
    { id: 2, name: '', relation: 'vdab' },
  ]);
  expect(saved.answers.werk_stap.q_wie).toEqual({ type: 'people', people: [1, 2] });

  // A second tap takes it out again.
  await page.getByRole('checkbox', { name: /^VDAB/ }).uncheck();
  await expect(page.getByRole('checkbox', { name: /^VDAB/ })).not.toBeChecked();
  saved = await journey(page);
  expect(saved.answers.werk_stap.q_wie).toEqual({ type: 'people', people: [1] });

  // On another island VDAB is the same entry of "my people", not a second one.
  await openWhoHelps(page, 'leren_stap');
  await page.getByRole('checkbox', { name: /^VDAB/ }).check();
  saved = await journey(page);
  expect(saved.answers.leren_stap.q_wie).toEqual({ type: 'people', people: [2] });
  expect(saved.people).toHaveLength(2);
  // The jobcoach, picked on the work island, is one of my people here too.
  await expect(page.getByRole('checkbox', { name: /^Jobcoach/ })).not.toBeChecked();

  await open(page, '/overview');
  await expect(page.locator('.island-block[data-island="werk"] .helpers')).toContainText('Jobcoach');
  await expect(page.locator('.island-block[data-island="werk"] .helpers')).not.toContainText('(');
  await expect(page.locator('.island-block[data-island="leren"] .helpers')).toContainText('VDAB');
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('a person is added with a name or without one; someone else needs a name', async ({ page }) => {
  await openWhoHelps(page, 'wonen_stap');
  await addPerson(page, 'Familie', 'Lina');
  await expect(page.getByRole('checkbox', { name: /^Lina/ })).toBeChecked();
  await expect(page.locator('.tile', { has: page.getByRole('checkbox', { name: /^Lina/ }) })).toContainText('Familie');

  // No name: the tile of the relation is picked.
  await addPerson(page, 'Buur');
  await expect(page.getByRole('checkbox', { name: /^Buur/ })).toBeChecked();

  // "Iemand anders" says nothing without a name: a clear message, nothing added.
  await page.getByRole('button', { name: '+ Iemand toevoegen' }).click();
  const form = page.getByRole('group', { name: 'Iemand toevoegen' });
  await form.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(form.getByRole('alert')).toHaveText('Kies eerst wie het is voor jou.');
  await form.getByRole('radio', { name: 'Iemand anders', exact: true }).check();
  await form.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(form.getByRole('alert')).toHaveText('Bij iemand anders hoort een naam.');
  const saved = await journey(page);
  expect(saved.people).toEqual([
    { id: 1, name: 'Lina', relation: 'familie' },
    { id: 2, name: '', relation: 'buur' },
  ]);
  expect(saved.answers.wonen_stap.q_wie).toEqual({ type: 'people', people: [1, 2] });
  await form.getByRole('button', { name: 'Annuleren' }).click();

  await open(page, '/overview');
  await expect(page.locator('.island-block[data-island="wonen"] .helpers .block-value > p')).toHaveText('Lina (Familie), Buur');
});

test('in Finnish the tiles are Finland\'s services, picked with one tap', async ({ page }) => {
  await open(page, '/settings');
  await page.getByRole('radio', { name: 'Suomi' }).check();
  await openWhoHelps(page, 'werk_stap', 'Ohita');
  await expect(page.getByRole('checkbox', { name: /^Työhönvalmentaja/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Kela/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^VDAB/ })).toHaveCount(0);
  await page.getByRole('checkbox', { name: /^Työllisyyspalvelut/ }).check();
  await expect(page.getByRole('checkbox', { name: /^Työllisyyspalvelut/ })).toBeChecked();
  const saved = await journey(page);
  expect(saved.people).toEqual([{ id: 1, name: '', relation: 'vdab' }]);
  await open(page, '/overview');
  await expect(page.locator('.island-block[data-island="werk"] .helpers')).toContainText('Työllisyyspalvelut');
});

test('a 0-10 score starts unanswered and asks for points out of 10', async ({ page }) => {
  await open(page, '/exercise/werk_droom');
  const score = pack.islands.find((i) => i.id === 'werk')!.exercises[0].questions[0];
  await expect(page.locator('.prompt')).toHaveText(score.prompt);
  expect(score.prompt).toMatch(/^Hoeveel punten op 10/);
  await expect(page.getByRole('radio')).toHaveCount(11);
  for (const radio of await page.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  // Without a tap there is nothing to go on with but "Overslaan".
  await expect(page.getByRole('button', { name: 'Volgende' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Overslaan' }).click();
  await expect(page.getByText('Vraag 2 van 4')).toBeVisible();
  await page.getByRole('radio', { name: '9', exact: true }).check();
  await page.getByRole('button', { name: 'Terug' }).click();
  // The skipped score stored no number, and none shows when coming back.
  await expect(page.getByText('Vraag 1 van 4')).toBeVisible();
  for (const radio of await page.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  const answers = (await journey(page)).answers.werk_droom;
  expect(answers).toEqual({ q_nu: { type: 'skipped' }, q_later: { type: 'scale', value: 9 } });
});

test('not in school or work is a plain choice', async ({ page }) => {
  await open(page, '/exercise/leren_nu');
  for (const label of ['Ik zoek werk', 'Ik ben thuis', 'Ik zorg voor iemand', 'Ik werk aan mijn herstel', 'Ik ga naar een dagcentrum']) {
    await expect(page.getByRole('radio', { name: new RegExp(`^${label}`) })).toBeVisible();
  }
  await page.getByRole('radio', { name: /^Ik zorg voor iemand/ }).check();
  expect((await journey(page)).answers.leren_nu.q_nu_doen).toEqual({ type: 'single_choice', choice: 'zorgen' });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the who-helps tiles and the add form pass axe and look right: ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openWhoHelps(page, 'gezondheid_helpt');
    await page.getByRole('checkbox', { name: /^Psycholoog/ }).check();
    await expect(page.getByRole('checkbox', { name: /^Psycholoog/ })).toBeChecked();
    await page.screenshot({ path: `${SHOTS}/who-helps-tiles-${scheme}.png` });
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '+ Iemand toevoegen' }).click();
    const form = page.getByRole('group', { name: 'Iemand toevoegen' });
    await form.getByRole('radio', { name: 'Familie', exact: true }).check();
    await form.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/who-helps-add-${scheme}.png` });
    await expectNoAxeViolations(page);
    await open(page, '/exercise/wonen_nu');
    await page.screenshot({ path: `${SHOTS}/where-i-live-${scheme}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Overslaan' }).click();
    await page.getByRole('button', { name: 'Overslaan' }).click();
    await expect(page.locator('.scale')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/score-unanswered-${scheme}.png` });
    await expectNoAxeViolations(page);
  });
}
