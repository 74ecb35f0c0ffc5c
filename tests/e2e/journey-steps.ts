// Steps through the app that several journey specs share: make an avatar, and answer every
// exercise of every island on its own screens, the way a youngster taps through them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, open } from './fixtures';

export type Choice = { id: string; label: string; other?: boolean };
export type Question = {
  id: string;
  prompt: string;
  feeds?: string;
  input: { type: string; choices?: Choice[]; cards?: Choice[]; suggestions?: Choice[]; max?: number };
};
export type Exercise = { id: string; title: string; questions: Question[]; tips: { id: string; text: string }[]; unlocks?: string };
export type Pack = { texts: { faces: string[]; important: string; not_now: string }; islands: { id: string; exercises: Exercise[] }[] };

export const pack: Pack = JSON.parse(readFileSync(join(__dirname, '../../content/nl.json'), 'utf8'));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A choice tile's accessible name starts with its label (its example follows). */
export const named = (label: string) => new RegExp(`^${escape(label)}`);

/** "+ Iemand toevoegen": who it is (a relation) and, when given, a name. */
export async function addPerson(page: Page | Locator, relation: string, name?: string) {
  await page.getByRole('button', { name: '+ Iemand toevoegen' }).click();
  const form = page.getByRole('group', { name: 'Iemand toevoegen' });
  await form.getByRole('radio', { name: relation, exact: true }).check();
  if (name) await form.getByLabel('Naam').fill(name);
  await form.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(form).toHaveCount(0);
}

export async function makeAvatar(page: Page) {
  await open(page, '/');
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(page).toHaveURL(/\/avatar$/);
  await page.getByLabel('Je bijnaam').fill('Robin');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: 'Meisje' }).check();
  await page.getByRole('radio', { name: 'Huidskleur 6' }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: 'Hoofddoek' }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('group', { name: 'Kleur van je trui' }).getByRole('radio', { name: 'Paars' }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('checkbox', { name: 'Rolstoel' }).check();
  // Extras that come with discoveries cannot be worn yet.
  await expect(page.getByRole('checkbox', { name: 'Badge aan een koord' })).toBeDisabled();
  await page.getByRole('button', { name: 'Klaar' }).click();
  await expect(page).toHaveURL(/\/map$/);
}

/** The words typed on an island's text questions. */
export const OWN_WORDS: Record<string, string> = {
  wonen: 'Een klein huis met een tuin',
  relaties: 'Iemand die echt luistert',
  leren: 'Een fietsband plakken',
  werk: 'Fietsenmaker met een eigen werkplaats',
};
const LONGER = ', het liefst dicht bij mijn vrienden en mijn familie';

export type Answering = {
  /** Every choice and card picked (as many as a question allows), not just a couple. */
  everything?: boolean;
  /** Islands whose "who helps you" question is skipped. */
  skipPeopleOn?: string[];
  /** "Now" per island (0–10); "later" is always 9. */
  now?: Record<string, number>;
  /** Only these islands (all when absent). */
  islands?: string[];
  /** The first steps' date, `YYYY-MM-DD` (far in the future when absent). */
  stepBy?: string;
};

/** Opens every exercise of every island and answers each question on its screen, then finishes. */
export async function answerEveryExercise(page: Page, how: Answering = {}) {
  let someoneAdded = false;
  for (const island of pack.islands.filter((i) => !how.islands || how.islands.includes(i.id))) {
    for (const exercise of island.exercises) {
      await open(page, `/exercise/${exercise.id}`);
      for (const [i, question] of exercise.questions.entries()) {
        await expect(page.getByText(`Vraag ${i + 1} van ${exercise.questions.length}`)).toBeVisible();
        await expect(page.locator('.prompt')).toHaveText(question.prompt);
        const skip = question.input.type === 'people' && how.skipPeopleOn?.includes(island.id);
        if (skip) {
          await page.getByRole('button', { name: 'Overslaan' }).click();
          continue;
        }
        await answer(page, island.id, question, how, someoneAdded);
        if (question.input.type === 'people') someoneAdded = true;
        const last = i === exercise.questions.length - 1;
        await page.getByRole('button', { name: last ? 'Afronden' : 'Volgende' }).click();
      }
      await expect(page.getByRole('heading', { name: 'Goed gedaan!' })).toBeVisible();
    }
  }
}

async function answer(page: Page, island: string, question: Question, how: Answering, someoneAdded: boolean) {
  const choices = (question.input.choices ?? question.input.cards ?? []).filter((c) => !c.other);
  const many = how.everything ? Math.min(choices.length, question.input.max ?? choices.length) : 2;
  switch (question.input.type) {
    case 'faces':
      await page.getByRole('radio', { name: pack.texts.faces[3], exact: true }).check();
      break;
    case 'scale': {
      const value = question.feeds === 'now' ? (how.now?.[island] ?? 5) : 9;
      await page.getByRole('radio', { name: String(value), exact: true }).check();
      break;
    }
    case 'single_choice':
      await page.getByRole('radio', { name: named(choices[0].label) }).check();
      break;
    case 'multiple_choice':
      for (const choice of choices.slice(0, many)) await page.getByRole('checkbox', { name: named(choice.label) }).check();
      break;
    case 'card_sort':
      for (const [n, card] of choices.entries()) {
        const pile = n < many ? pack.texts.important : pack.texts.not_now;
        await page.locator(`.sort-card[data-card="${card.id}"]`).getByRole('button', { name: pile }).click();
      }
      break;
    case 'people':
      if (someoneAdded) {
        await page.getByRole('checkbox', { name: /Sam/ }).check();
      } else {
        await addPerson(page, 'Jobcoach', 'Sam');
        await expect(page.getByRole('checkbox', { name: /Sam/ })).toBeChecked();
      }
      break;
    case 'first_step':
      await page.getByRole('radio', { name: named(question.input.suggestions![0].label) }).check();
      await page.getByLabel('Tegen wanneer?').fill(how.stepBy ?? '2099-12-01');
      break;
    case 'text':
      await page.getByLabel('Jouw antwoord (mag kort)').fill(OWN_WORDS[island] + (how.everything ? LONGER : ''));
      break;
    default:
      throw new Error(`no way to answer a ${question.input.type} question`);
  }
}
