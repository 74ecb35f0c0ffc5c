// Keyboard only, from the welcome to the overview: Tab and Shift+Tab to move, Enter and Space to
// press and tick, the arrow keys in radio groups and the list of relations. No mouse, no tap.
// Every new screen puts the focus on its heading, so the next Tab goes on from there.
import type { Page } from '@playwright/test';
import { test, expect, open, storedState } from './fixtures';
import { tabTo } from './access';
import { named, pack, type Question } from './journey-steps';

const main = (page: Page) => page.locator('main');
const question = (page: Page) => page.locator('.question');

async function press(page: Page, key: string, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Answers one question with the keyboard only, the way its widget is meant to be used. */
async function answer(page: Page, q: Question, someoneAdded: boolean) {
  const choices = (q.input.choices ?? q.input.cards ?? q.input.suggestions ?? []).filter((c) => !c.other);
  switch (q.input.type) {
    case 'faces': {
      // Into the group, tick the first face, then the arrows go to the fourth.
      await tabTo(page, question(page).getByRole('radio').first());
      await press(page, 'Space');
      await press(page, 'ArrowRight', 3);
      await expect(page.getByRole('radio', { name: pack.texts.faces[3], exact: true })).toBeChecked();
      break;
    }
    case 'scale': {
      await tabTo(page, question(page).getByRole('radio', { name: '0', exact: true }));
      await press(page, 'Space');
      await press(page, 'ArrowRight', 7);
      await expect(question(page).getByRole('radio', { name: '7', exact: true })).toBeChecked();
      break;
    }
    case 'single_choice': {
      await tabTo(page, question(page).getByRole('radio').first());
      await press(page, 'Space');
      await press(page, 'ArrowDown');
      await press(page, 'ArrowUp');
      await expect(question(page).getByRole('radio').first()).toBeChecked();
      break;
    }
    case 'multiple_choice': {
      for (const choice of choices.slice(0, 2)) {
        const box = question(page).getByRole('checkbox', { name: named(choice.label) });
        await tabTo(page, box);
        await press(page, 'Space');
        await expect(box).toBeChecked();
      }
      break;
    }
    case 'card_sort': {
      for (const [n, card] of choices.entries()) {
        const pile = n === 0 ? pack.texts.important : pack.texts.not_now;
        const button = page.locator(`.sort-card[data-card="${card.id}"]`).getByRole('button', { name: pile });
        await tabTo(page, button);
        await press(page, n % 2 === 0 ? 'Enter' : 'Space');
        await expect(button).toHaveAttribute('aria-pressed', 'true');
      }
      break;
    }
    case 'people': {
      if (someoneAdded) {
        const sam = question(page).getByRole('checkbox', { name: /Sam/ });
        await tabTo(page, sam);
        await press(page, 'Space');
        await expect(sam).toBeChecked();
        break;
      }
      await tabTo(page, page.getByRole('button', { name: '+ Iemand toevoegen' }));
      await press(page, 'Enter');
      // The form opens with the focus in its first field.
      await expect(page.getByLabel('Naam (mag je leeg laten)')).toBeFocused();
      await page.keyboard.type('Sam');
      // Who Sam is: Tab into the group, Space picks the first, an arrow the next one.
      const relations = page.getByRole('group', { name: 'Wie is dat voor jou?' }).getByRole('radio');
      await press(page, 'Tab');
      await expect(relations.first()).toBeFocused();
      await press(page, 'Space');
      await expect(relations.first()).toBeChecked();
      await press(page, 'ArrowRight');
      await expect(relations.nth(1)).toBeChecked();
      await tabTo(page, page.getByRole('button', { name: 'Toevoegen', exact: true }));
      await press(page, 'Enter');
      await expect(page.getByRole('checkbox', { name: /Sam/ })).toBeChecked();
      break;
    }
    case 'first_step': {
      await tabTo(page, question(page).getByRole('radio').first());
      await press(page, 'Space');
      await expect(question(page).getByRole('radio').first()).toBeChecked();
      const date = page.getByLabel('Tegen wanneer?');
      await tabTo(page, date);
      // Day and month (in whichever order the phone shows them), then the year.
      await page.keyboard.type('01012099');
      await expect(date).toHaveValue('2099-01-01');
      break;
    }
    case 'text': {
      await tabTo(page, page.getByLabel('Jouw antwoord (mag kort)'));
      await page.keyboard.type('Een klein huis met een tuin');
      break;
    }
    default:
      throw new Error(`no keyboard way for a ${q.input.type} question`);
  }
}

/** The answer `answer` gave is still there. */
async function expectAnswered(page: Page, q: Question) {
  switch (q.input.type) {
    case 'faces':
      return expect(page.getByRole('radio', { name: pack.texts.faces[3], exact: true })).toBeChecked();
    case 'scale':
      return expect(question(page).getByRole('radio', { name: '7', exact: true })).toBeChecked();
    case 'single_choice':
      return expect(question(page).getByRole('radio').first()).toBeChecked();
    default:
      throw new Error(`no check for a ${q.input.type} question`);
  }
}


test('from the welcome to the overview with the keyboard only', async ({ page }) => {
  test.setTimeout(180_000);
  await open(page, '/');

  // The skip link comes first, then the languages: the arrows change the language at once.
  await press(page, 'Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await tabTo(page, page.getByRole('radio', { name: 'Nederlands' }));
  await press(page, 'ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome!');
  await press(page, 'ArrowLeft');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom!');
  await tabTo(page, page.getByRole('button', { name: 'Beginnen' }));
  await press(page, 'Enter');

  // The avatar: a nickname, a figure by the arrows, an aid by Space, then done.
  await expect(page).toHaveURL(/\/avatar$/);
  await expect(main(page).locator('h1')).toBeFocused();
  await tabTo(page, page.getByLabel('Je bijnaam'));
  await page.keyboard.type('Robin');
  await tabTo(page, page.getByRole('button', { name: 'Volgende' }));
  await press(page, 'Enter');
  await expect(page.locator('.step-title')).toBeFocused();
  await expect(page.locator('.step-title')).toHaveText('Hoe zie je eruit?');
  // Tab enters the group on the figure that is chosen; the arrows choose the next one.
  const figures = page.getByRole('group', { name: 'Kies een figuur' }).getByRole('radio');
  const count = await figures.count();
  const chosen = await figures.evaluateAll((radios) => radios.findIndex((r) => (r as HTMLInputElement).checked));
  await tabTo(page, figures.nth(chosen));
  await press(page, 'ArrowDown');
  await expect(figures.nth((chosen + 1) % count)).toBeChecked();
  // Back with Shift+Tab is there too: "Terug" sits before "Volgende".
  await tabTo(page, page.getByRole('button', { name: 'Volgende' }));
  await tabTo(page, page.getByRole('button', { name: 'Terug' }), 'Shift+Tab');
  await press(page, 'Enter');
  await expect(page.locator('.step-title')).toHaveText('Hoe mogen we je noemen?');
  await expect(page.locator('.step-title')).toBeFocused();
  for (let step = 1; step <= 4; step++) {
    await tabTo(page, page.getByRole('button', { name: 'Volgende' }));
    await press(page, 'Enter');
    await expect(page.locator('.step-title')).toBeFocused();
  }
  const wheelchair = page.getByRole('checkbox', { name: 'Rolstoel' });
  await tabTo(page, wheelchair);
  await press(page, 'Space');
  await expect(wheelchair).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Klaar' }));
  await press(page, 'Enter');

  // The map, then the housing island.
  await expect(page).toHaveURL(/\/map$/);
  await expect(main(page).locator('h1')).toBeFocused();
  await expect(page.getByText('Hoi Robin!')).toBeVisible();
  await tabTo(page, page.locator('.island-spot[data-island="wonen"] a'));
  await press(page, 'Enter');
  await expect(page).toHaveURL(/\/island\/wonen$/);
  await expect(main(page).locator('h1')).toBeFocused();

  // The island's exercises, then health's (its faces), until every question type has been answered.
  const wonen = pack.islands.find((i) => i.id === 'wonen')!;
  const gezondheid = pack.islands.find((i) => i.id === 'gezondheid')!;
  const types = new Set(pack.islands.flatMap((i) => i.exercises.flatMap((e) => e.questions.map((q) => q.input.type))));
  const done = new Set<string>();
  let someoneAdded = false;
  let last = '';
  let lastIsland = wonen;
  const steps = [...wonen.exercises.map((e) => [wonen, e] as const), ...gezondheid.exercises.map((e) => [gezondheid, e] as const)];
  for (const [island, exercise] of steps) {
    if ([...types].every((t) => done.has(t))) break;
    if (last) {
      await tabTo(page, page.getByRole('link', { name: `Terug naar ${lastIsland.title}` }));
      await press(page, 'Enter');
      await expect(main(page).locator('h1')).toBeFocused();
    }
    if (island !== lastIsland) {
      // From housing's island to the map, and on to health.
      await tabTo(page, page.locator('a.crumb[href="/map"]'));
      await press(page, 'Enter');
      await expect(page).toHaveURL(/\/map$/);
      await tabTo(page, page.locator('.island-spot[data-island="gezondheid"] a'));
      await press(page, 'Enter');
      await expect(page).toHaveURL(/\/island\/gezondheid$/);
      await expect(main(page).locator('h1')).toBeFocused();
      last = '';
    }
    await tabTo(page, page.locator(`a.exercise-card[data-exercise="${exercise.id}"]`));
    await press(page, 'Enter');
    await expect(page).toHaveURL(new RegExp(`/exercise/${exercise.id}$`));
    await expect(main(page).locator('h1')).toBeFocused();
    for (const [i, q] of exercise.questions.entries()) {
      await expect(page.locator('.prompt')).toHaveText(q.prompt);
      await answer(page, q, someoneAdded);
      if (q.input.type === 'people') someoneAdded = true;
      done.add(q.input.type);
      if (i === 1 && exercise === wonen.exercises[0]) {
        // Back to the first question with Shift+Tab and Enter: its answer is still there.
        await tabTo(page, page.getByRole('button', { name: 'Volgende' }));
        await tabTo(page, page.getByRole('button', { name: 'Terug', exact: true }), 'Shift+Tab');
        await press(page, 'Enter');
        await expect(page.locator('.prompt')).toBeFocused();
        await expect(page.locator('.prompt')).toHaveText(exercise.questions[0].prompt);
        await expectAnswered(page, exercise.questions[0]);
        await tabTo(page, page.getByRole('button', { name: 'Volgende' }));
        await press(page, 'Enter');
        await expect(page.locator('.prompt')).toHaveText(q.prompt);
      }
      const final = i === exercise.questions.length - 1;
      await tabTo(page, page.getByRole('button', { name: final ? 'Afronden' : 'Volgende' }));
      await press(page, 'Enter');
      if (!final) await expect(page.locator('.prompt')).toBeFocused();
    }
    await expect(page.getByRole('heading', { name: 'Goed gedaan!' })).toBeFocused();
    last = exercise.id;
    lastIsland = island;
  }
  expect([...done].sort()).toEqual([...types].sort());

  // From the end of the last exercise to the overview, which shows what was answered.
  await tabTo(page, page.getByRole('link', { name: 'Bekijk mijn overzicht' }));
  await press(page, 'Enter');
  await expect(page).toHaveURL(/\/overview$/);
  await expect(main(page).locator('h1')).toBeFocused();
  await expect(main(page).locator('h1')).toHaveText('Mijn overzicht');
  await expect(page.locator('.island-block[data-island="wonen"]')).toContainText('Sam');
  const saved = await storedState(page);
  expect(saved.state.journey.avatar.nickname).toBe('Robin');
  expect(saved.state.journey.avatar.accessories).toContain('wheelchair');
  expect(Object.keys(saved.state.journey.finished)).toContain(last);
});
