// The youngster's journey, end to end: make an avatar, start on an island that is not the first,
// finish an exercise and see its discovery, reload in the middle of another and resume at the
// same question, and find the chosen answers and the first step in the overview.
import { test, expect, open, storedState } from './fixtures';
import { addPerson, makeAvatar, pack } from './journey-steps';

const exercise = (id: string) => pack.islands.flatMap((i) => i.exercises).find((e) => e.id === id)!;
const question = (e: string, q: string) => exercise(e).questions.find((x) => x.id === q)!;
const label = (e: string, q: string, c: string) => {
  const input = question(e, q).input;
  return [...(input.choices ?? []), ...(input.suggestions ?? [])].find((x) => x.id === c)!.label;
};

test('make an avatar, start on the work island, finish an exercise and see its discovery', async ({ page, watch }) => {
  await makeAvatar(page);
  await expect(page.getByText('Hoi Robin!')).toBeVisible();
  const saved = await storedState(page);
  expect(saved.state.journey.avatar).toMatchObject({
    nickname: 'Robin',
    presentation: 'girl',
    skin: 'dark_brown',
    hair: 'hijab',
    top_colour: 'purple',
    accessories: ['wheelchair'],
  });

  const work = page.locator('[data-island="werk"]');
  await expect(work).toContainText('Nieuw');
  await expect(work).toContainText('0 van 4 klaar');
  await work.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Werk' })).toBeVisible();
  await expect(page.locator('[data-exercise="werk_stap"]')).toContainText('± ');
  await page.locator('[data-exercise="werk_stap"]').click();

  // 1: chips.
  await expect(page.getByText('Vraag 1 van 3')).toBeVisible();
  await page.getByRole('checkbox', { name: label('werk_stap', 'q_goed', question('werk_stap', 'q_goed').input.choices![0].id) }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  // 2: my people — add someone, who is picked at once.
  await expect(page.getByText('Vraag 2 van 3')).toBeVisible();
  await addPerson(page, 'Jobcoach', 'Sam');
  await expect(page.getByRole('checkbox', { name: /Sam/ })).toBeChecked();
  await page.getByRole('button', { name: 'Volgende' }).click();
  // 3: the first step — what, with whom, by when.
  await expect(page.getByText('Vraag 3 van 3')).toBeVisible();
  const step = question('werk_stap', 'q_stap').input.suggestions![0];
  await page.getByRole('radio', { name: step.label }).check();
  await page.getByRole('checkbox', { name: /Sam/ }).check();
  await page.getByLabel('Tegen wanneer?').fill('2099-12-01');
  await page.getByRole('button', { name: 'Afronden' }).click();

  await expect(page.getByRole('heading', { name: 'Goed gedaan!' })).toBeVisible();
  const tips = exercise('werk_stap').tips.map((t) => t.text);
  await expect(page.locator('.tip')).toHaveText(new RegExp(tips.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
  await expect(page.getByRole('heading', { name: 'Nieuw voor je avatar' })).toBeVisible();
  await page.getByRole('button', { name: 'Zet het op je avatar' }).click();
  await expect(page.getByText('Je avatar draagt het nu.')).toBeVisible();

  const state = (await storedState(page)).state.journey;
  expect(Object.keys(state.finished)).toEqual(['werk_stap']);
  expect(state.answers.werk_stap.q_stap).toMatchObject({ type: 'first_step', what: { suggestion: step.id }, with: [1], by: '2099-12-01' });
  expect(state.people).toEqual([{ id: 1, name: 'Sam', relation: 'jobcoach' }]);
  expect(state.avatar.accessories).toContain('lanyard');

  await page.getByRole('link', { name: 'Naar de kaart' }).click();
  await expect(work).toContainText('1 van 4 klaar');
  await expect(work).not.toContainText('Nieuw');
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('closing the app in the middle of an exercise resumes at the same question', async ({ page, watch }) => {
  await makeAvatar(page);
  await open(page, '/exercise/werk_droom');
  await expect(page.getByText('Vraag 1 van 4')).toBeVisible();
  await page.getByRole('radio', { name: '4', exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText(question('werk_droom', 'q_later').prompt)).toBeVisible();
  await page.getByRole('radio', { name: '8', exact: true }).check();

  await page.reload();
  await expect(page.getByText('Vraag 2 van 4')).toBeVisible();
  await expect(page.getByText(question('werk_droom', 'q_later').prompt)).toBeVisible();
  await expect(page.getByRole('radio', { name: '8', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Terug' }).click();
  await expect(page.getByRole('radio', { name: '4', exact: true })).toBeChecked();

  // The map offers to continue here.
  await open(page, '/map');
  const resume = page.locator('.continue');
  await expect(resume).toContainText(exercise('werk_droom').title);
  await resume.getByRole('link', { name: 'Ga verder' }).click();
  await expect(page).toHaveURL(/\/exercise\/werk_droom$/);
  await expect(page.getByText('Vraag 1 van 4')).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
});

test('the overview shows the chosen answers, who helps, the first step and the chart', async ({ page, watch }) => {
  await makeAvatar(page);
  await open(page, '/overview');
  await expect(page.getByText('Doe eerst een oefening.')).toBeVisible();

  await open(page, '/exercise/werk_droom');
  await page.getByRole('radio', { name: '4', exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: '8', exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  const ict = label('werk_droom', 'q_sector', 'ict');
  await page.getByRole('checkbox', { name: ict }).check();
  await page.getByRole('checkbox', { name: label('werk_droom', 'q_sector', 'zorg') }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Jouw antwoord (mag kort)').fill('Eigen fietsenwinkel');
  await page.getByRole('button', { name: 'Afronden' }).click();
  // A tip that fits the answers: "zorg" was chosen.
  await expect(page.locator('.tip')).toHaveText(exercise('werk_droom').tips.find((t) => t.id === 'werk_droom_tip_zorg')!.text);

  await open(page, '/exercise/werk_stap');
  await page.getByRole('button', { name: 'Overslaan' }).click();
  await addPerson(page, 'Ouder of opvoeder', 'Mama');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: 'Iets anders, in mijn eigen woorden' }).check();
  await page.getByLabel('Mijn eerste stap').fill('Bellen naar de fietsenmaker');
  await page.getByRole('checkbox', { name: /Mama/ }).check();

  await open(page, '/overview');
  const work = page.locator('.island-block[data-island="werk"]');
  await expect(work.locator('.wants')).toContainText('Eigen fietsenwinkel');
  // A sector is a preference, not a wish: it unfolds under "meer" as "what suits me".
  await expect(work.locator('.wants')).not.toContainText(ict);
  await work.locator('.more summary').click();
  await expect(work.locator('.more .block-row', { hasText: 'Wat bij mij past' })).toContainText(ict);
  await expect(work.locator('.helpers')).toContainText('Mama');
  await expect(work.locator('.step')).toContainText('Bellen naar de fietsenmaker');
  await expect(work.locator('.step')).toContainText('met Mama');
  await expect(work.locator('.score-line')).toHaveText('Nu 4 · later 8');
  await expect(page.locator('.island-block')).toHaveCount(1);
  await expect(page.locator('.not-started')).toContainText('Nog niet begonnen: Wonen, Relaties');
  const row = page.locator('.chart-table tr[data-island="werk"]');
  await expect(row).toContainText('4/10');
  await expect(row).toContainText('8/10');
  await expect(page.locator('.chart svg[role="img"]')).toHaveAttribute('aria-label', /Grafiek/);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('finishing every exercise of an island lights it up and asks the 1–7 question', async ({ page }) => {
  await makeAvatar(page);
  for (const e of pack.islands.find((i) => i.id === 'relaties')!.exercises) {
    await open(page, `/exercise/${e.id}`);
    for (let i = 0; i < e.questions.length - 1; i++) await page.getByRole('button', { name: 'Overslaan' }).click();
    await page.getByRole('button', { name: 'Overslaan' }).click();
    await expect(page.getByRole('heading', { name: 'Goed gedaan!' })).toBeVisible();
  }
  await expect(page.getByText('Het eiland licht nu op je kaart.')).toBeVisible();
  await page.getByRole('group', { name: 'Hielp dit eiland je om jezelf beter te kennen?' }).getByRole('radio', { name: '6' }).check();
  await expect(page.getByText('Bedankt! Je antwoord is bewaard.')).toBeVisible();
  expect((await storedState(page)).state.journey.evaluations).toEqual({ relaties: 6 });
  await open(page, '/map');
  await expect(page.locator('[data-island="relaties"]')).toHaveClass(/lit/);
  await expect(page.locator('[data-island="relaties"]')).toContainText('Klaar!');
  await open(page, '/overview');
  const row = page.locator('.chart-table tr[data-island="relaties"]');
  await expect(row).toContainText('6/7');
  // Every question was skipped: the chart says so instead of drawing nothing.
  await expect(row).toContainText('nog niet ingevuld');
  await expect(page.locator('.chart .chart-missing')).toHaveText(['nog niet ingevuld', 'nog niet ingevuld']);
});
