// Steps the coach's specs share: make a coach identity in the coach's app, read what it keeps,
// and put shares in the coach's mailbox the way a youngster's phone does (sealed to the coach's
// public key by `cargo xtask seal`, the same code the youngster's app seals with), and Robin's
// phone with people to ask what they see in her.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { APIRequestContext, Browser, Page, TestInfo } from '@playwright/test';
import { expect, STORAGE_KEY } from './fixtures';

export const COACH_KEY = 'start-to-can-coach.state';
const XTASK = process.env.STC_XTASK_BIN ?? path.resolve(__dirname, '../../target/debug/xtask');

/** Makes a coach identity on `/coach/` and returns the code the server gave. */
export async function registerCoach(page: Page, name: string): Promise<string> {
  await page.goto('/coach/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, coach' })).toBeVisible();
  await page.getByLabel('Je naam, zoals jongeren die zien').fill(name);
  await page.getByRole('button', { name: 'Maak mijn coach-code' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn code' })).toBeVisible();
  return (await page.locator('.coach-code').innerText()).trim();
}

/** What the coach's app keeps in this browser. */
export async function coachDocument(page: Page) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), COACH_KEY);
  return raw === null ? null : JSON.parse(raw);
}

/** The coach's public key, as the server hands it to a youngster. */
export async function publicKeyOf(request: APIRequestContext, code: string): Promise<string> {
  const response = await request.get(`/api/mailboxes/${code}`);
  expect(response.status()).toBe(200);
  return (await response.json()).public_key;
}

/** Seals `message` to `publicKey` as an item: a summary (checked to be readable), or any bytes. */
export function seal(publicKey: string, message: string, raw = false): string {
  return execFileSync(XTASK, ['seal', publicKey, ...(raw ? ['--raw'] : [])], { input: message, encoding: 'utf8' }).trim();
}

/** A youngster's share: an opaque item id and its secret, as the youngster's phone makes them. */
export function newShare() {
  return { id: randomBytes(12).toString('base64url'), secret: randomBytes(24).toString('base64url') };
}

/** Puts (or replaces) a share in the coach's mailbox, as the youngster's phone sends it. */
export async function putShare(request: APIRequestContext, code: string, share: { id: string; secret: string }, ciphertext: string) {
  const response = await request.put(`/api/mailboxes/${code}/items/${share.id}`, {
    headers: { Authorization: `Bearer ${share.secret}` },
    data: { ciphertext },
  });
  expect([200, 201]).toContain(response.status());
}

/** Waits for the clock's next second. The server keeps the second of a send, so a send after
 * this one sorts after it by its latest change. */
export async function nextSecond() {
  const now = Math.floor(Date.now() / 1000);
  await expect.poll(() => Math.floor(Date.now() / 1000), { intervals: [100] }).toBeGreaterThan(now);
}

export async function deleteShare(request: APIRequestContext, code: string, share: { id: string; secret: string }) {
  const response = await request.delete(`/api/mailboxes/${code}/items/${share.id}`, { headers: { Authorization: `Bearer ${share.secret}` } });
  expect(response.status()).toBe(204);
}

export type IslandSpec = {
  island: string;
  title: string;
  done: boolean;
  evaluation?: number;
  now?: number;
  wanted?: number;
  wants?: string[];
  good?: string[];
  step?: string;
};

/** A summary in the format the youngster's app sends (`stc_core::share::Summary`, format 1). */
export function summaryJson(nickname: string | null, islands: IslandSpec[], madeAt = '2026-11-23T10:00:00.000Z'): string {
  const want = (island: IslandSpec, text: string, i: number) => ({
    key: { exercise: `${island.island}_droom`, question: `q_${i}` },
    island: island.island,
    text,
    starred: false,
    top: false,
  });
  const overviewIslands = islands.map((island) => ({
    island: island.island,
    title: island.title,
    wants: (island.wants ?? []).map((text, i) => want(island, text, i)),
    good_at: island.good ?? [],
    likes: [],
    money: [],
    helpers: [{ person: 1, name: 'Sam', relation: 'Jobcoach' }],
    helpers_question: null,
    first_steps: island.step
      ? [{ island: island.island, exercise: `${island.island}_stap`, what: island.step, with: [{ person: 1, name: 'Sam', relation: 'Jobcoach' }], by: '2099-12-01' }]
      : [],
    now: island.now ?? null,
    wanted: island.wanted ?? null,
    evaluation: island.evaluation ?? null,
    done: island.done ? 2 : 1,
    total: 2,
  }));
  const top = islands
    .filter((island) => (island.wants ?? []).length > 0)
    .slice(0, 3)
    .map((island) => ({ want: want(island, island.wants![0], 0), island_title: island.title, first_step: null }));
  return JSON.stringify({
    format: 1,
    made_at: madeAt,
    language: 'nl',
    nickname,
    avatar: {
      presentation: 'girl',
      skin: 'brown',
      hair: 'hijab',
      hair_colour: 'black',
      top_colour: 'purple',
      bottom_colour: 'navy',
      accessories: ['wheelchair'],
      nickname,
    },
    islands: islands.map((island) => ({ island: island.island, done: island.done })),
    overview: { language: 'nl', top_three: { items: top, suggested: true }, islands: overviewIslands },
  });
}

/** axe-core finds nothing on the page as it is now (WCAG 2.2 A and AA). */
export { expectNoAxeViolations } from './access';

// ---- The youngster's side, through the youngster's own screens ----

/** Robin's phone: a journey on housing and work stored as the app stores it (an older schema, so
 *  the app migrates it), then the app opened. */
export async function youngsterWithJourney(page: Page) {
  await page.goto('/');
  const text = (words: string) => ({ type: 'text', text: words });
  const document = {
    schema_version: 2,
    state: {
      settings: { language: 'nl' },
      welcomed: true,
      journey: {
        avatar: { nickname: 'Robin', presentation: 'girl', skin: 'brown', hair: 'hijab', hair_colour: 'black', top_colour: 'purple', bottom_colour: 'navy', accessories: ['wheelchair'] },
        people: [{ id: 1, name: 'Sam', relation: 'jobcoach' }],
        answers: {
          wonen_nu: { q_nu: { type: 'scale', value: 4 }, q_later: { type: 'scale', value: 8 } },
          wonen_stap: { q_wie: { type: 'people', people: [1] } },
          werk_droom: { q_droom: text('Fietsenmaker met een eigen werkplaats') },
        },
        positions: { wonen_droom: 2 },
        evaluations: { wonen: 6 },
      },
    },
  };
  await page.evaluate(([key, doc]) => localStorage.setItem(key, doc), [STORAGE_KEY, JSON.stringify(document)]);
}

/** Types the housing dream on its own screen ("Wat is je droom?"), as the youngster does. */
export async function typeHousingDream(page: Page, words: string) {
  await page.goto('/exercise/wonen_droom');
  await page.locator('textarea').fill(words);
  await expect(page.locator('textarea')).toHaveValue(words);
}

export const SENT = 'Je coach heeft je laatste versie.';

/** From the coach's link to "send": look up, confirm the coach, the default choice, the preview,
 *  consent. Returns the preview's text, exactly what the youngster was shown. */
export async function shareThroughLink(page: Page, link: string, coachName: string): Promise<string> {
  const heading = page.locator('main h1').first();
  await page.goto(link);
  await expect(heading).toHaveText('Wat is de code van je coach?');
  await page.getByRole('button', { name: 'Zoek mijn coach' }).click();
  await expect(heading).toHaveText('Is dit je coach?');
  await expect(page.locator('.coach-name')).toHaveText(coachName);
  await page.getByRole('button', { name: 'Ja, dat is mijn coach' }).click();
  await expect(heading).toHaveText('Wat wil je delen?');
  await page.getByRole('button', { name: 'Bekijk wat je coach ziet' }).click();
  await expect(heading).toHaveText('Dit ziet je coach');
  const preview = await page.locator('.preview-frame').innerText();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Ja, deel het' }).click();
  return preview;
}

/** A browser context of its own (a second person), as the project's pages are: its base URL
 * (or `baseURL`), viewport (or `viewport`) and locale; service workers blocked unless allowed. */
export function newContext(
  browser: Browser,
  testInfo: TestInfo,
  baseURL?: string,
  serviceWorkers: 'allow' | 'block' = 'block',
  viewport?: { width: number; height: number },
) {
  const use = testInfo.project.use;
  return browser.newContext({ baseURL: baseURL ?? use.baseURL, viewport: viewport ?? use.viewport, locale: use.locale, serviceWorkers });
}

/** Robin's phone with Sam (jobcoach) and Oma in "my people" and a started housing island. */
export async function robinsPhone(page: Page, theme: 'light' | 'dark', language = 'nl') {
  await page.goto('/');
  const document = {
    schema_version: 3,
    state: {
      settings: { language, theme },
      welcomed: true,
      journey: {
        avatar: { nickname: 'Robin', presentation: 'girl', skin: 'brown', hair: 'hijab', hair_colour: 'black', top_colour: 'purple', bottom_colour: 'navy', accessories: [] },
        people: [
          { id: 1, name: 'Sam', relation: 'jobcoach' },
          { id: 2, name: 'Oma', relation: 'familie' },
        ],
        answers: {
          wonen_nu: { q_nu: { type: 'scale', value: 4 }, q_later: { type: 'scale', value: 8 } },
          wonen_stap: { q_wie: { type: 'people', people: [1] } },
        },
      },
    },
  };
  await page.evaluate(([key, doc]) => localStorage.setItem(key, doc), [STORAGE_KEY, JSON.stringify(document)]);
}
