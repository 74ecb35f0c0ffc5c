// "Deel met je coach", the youngster's side, against the real server: a coach's mailbox is
// registered through the API with a key pair made in a browser of the test's own (the coach's
// browser, with the app's own sealing module); the youngster opens the coach's link, sees the
// coach's name, chooses what to share, previews it, consents and sends. The item the coach gets
// is opened with the coach's key: what was chosen is in it, the island left out and the answers
// not ticked are not. Then update after an answer changed, stop sharing, delete everything
// (online and offline), and a send while the server is stopped that goes out later. Before
// consent the only request to the server's API is the code's look-up, and none goes to
// another origin. axe and 360×640 screenshots (light and dark) of every share screen.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { test, expect, STORAGE_KEY, storedState } from './fixtures';
import { OwnServer, waitForWorkerControl } from './own-server';

const SHOTS = 'target/screenshots';
const LEFTOVER_KEY = 'start-to-can.leftover-deletes';
const COACH_NAME = 'Sanne, JAC Gent';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Marker words: in the overview of an island shared by default, in an answer that feeds no part
// of the overview (only with "my answers themselves"), and on the work island (left out).
const IN_OVERVIEW = 'Zebramarker';
const IN_ANSWER_ONLY = 'Kiwimarker';
const ON_WORK = 'Werkmarker';

/** Robin's journey on three islands, as the app stores it (an older schema: it is migrated). */
function journeyDocument() {
  const text = (words: string) => ({ type: 'text', text: words });
  return {
    schema_version: 2,
    state: {
      settings: { language: 'nl' },
      welcomed: true,
      journey: {
        avatar: { nickname: 'Robin', presentation: 'girl', skin: 'medium', hair: 'hijab', hair_colour: 'black', top_colour: 'purple', bottom_colour: 'blue', accessories: ['wheelchair'] },
        people: [{ id: 1, name: 'Sam', relation: 'jobcoach' }],
        answers: {
          wonen_nu: { q_nu: { type: 'scale', value: 4 }, q_later: { type: 'scale', value: 8 } },
          wonen_droom: { q_droom: text(`Een huis met een ${IN_OVERVIEW}`) },
          wonen_stap: { q_wie: { type: 'people', people: [1] } },
          relaties_wens: { q_goede_vriend: text(`Iemand die ${IN_ANSWER_ONLY} zegt`) },
          werk_droom: { q_droom: text(`Bakker met een ${ON_WORK}`) },
        },
        // The housing dream question is the third of its exercise: "update" changes it there.
        positions: { wonen_droom: 2, werk_droom: 3 },
        evaluations: { wonen: 6 },
      },
    },
  };
}

type Coach = { code: string; ownerSecret: string; secretKey: string; page: Page };

/** The coach's browser: a page of the app's origin that loads the sealing module. */
async function coachBrowser(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await expect(page.locator('main h1')).toBeVisible();
  return page;
}

/** Runs `call` on the app's sealing module in the coach's page. */
async function withModule<T>(page: Page, call: string, args: string[]): Promise<T> {
  return page.evaluate(
    async ([call, args]) => {
      const url = document.querySelector('meta[name="stc-crypto"]')!.getAttribute('content')!;
      const module = await import(url);
      await module.default();
      return module[call](...args);
    },
    [call, args] as const,
  );
}

/** Registers a coach's mailbox with a key pair made in the coach's browser. */
async function registerCoach(browser: Browser, origin: string): Promise<Coach> {
  const page = await coachBrowser(browser, origin);
  const secretKey = await withModule<string>(page, 'newSecretKey', []);
  const publicKey = await withModule<string>(page, 'publicKeyOf', [secretKey]);
  const response = await page.request.post(`${origin}/api/mailboxes`, {
    data: { kind: 'coach', display_name: COACH_NAME, public_key: publicKey },
  });
  expect(response.status()).toBe(201);
  const body = await response.json();
  return { code: body.code, ownerSecret: body.owner_secret, secretKey, page };
}

/** What the coach's mailbox holds, each item opened with the coach's key. */
async function coachItems(coach: Coach, origin: string): Promise<{ id: string; summary: any; text: string }[]> {
  const response = await coach.page.request.get(`${origin}/api/mailboxes/${coach.code}/items`, {
    headers: { Authorization: `Bearer ${coach.ownerSecret}` },
  });
  expect(response.status()).toBe(200);
  const { items } = await response.json();
  const opened = [];
  for (const item of items) {
    const text = await withModule<string>(coach.page, 'open', [coach.secretKey, item.ciphertext]);
    opened.push({ id: item.id, summary: JSON.parse(text), text });
  }
  return opened;
}

/** The youngster's phone with Robin's journey stored, recording every request it makes. */
async function youngster(page: Page, origin: string) {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  await page.goto(`${origin}/`);
  await page.evaluate(([key, doc]) => localStorage.setItem(key, doc), [STORAGE_KEY, JSON.stringify(journeyDocument())]);
  return { page, requests };
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

const heading = (page: Page) => page.locator('main h1').first();

/** From the coach's link to the consent screen: look up, confirm, choose, preview. */
async function toConsent(page: Page, origin: string, code: string, choose: { leaveOut?: string[]; answers?: boolean } = {}) {
  await page.goto(`${origin}/share?code=${code}`);
  await expect(heading(page)).toHaveText('Wat is de code van je coach?');
  await expect(page.getByLabel('Code van je coach')).toHaveValue(code);
  await page.getByRole('button', { name: 'Zoek mijn coach' }).click();
  await expect(heading(page)).toHaveText('Is dit je coach?');
  await expect(page.locator('.coach-name')).toHaveText(COACH_NAME);
  await page.getByRole('button', { name: 'Ja, dat is mijn coach' }).click();
  await expect(heading(page)).toHaveText('Wat wil je delen?');
  for (const island of choose.leaveOut ?? []) await page.getByRole('checkbox', { name: island }).uncheck();
  if (choose.answers) await page.getByRole('checkbox', { name: 'Ook mijn antwoorden zelf' }).check();
  await page.getByRole('button', { name: 'Bekijk wat je coach ziet' }).click();
  await expect(heading(page)).toHaveText('Dit ziet je coach');
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(heading(page)).toHaveText(`Wil je dit delen met ${COACH_NAME}?`);
}

const status = (page: Page) => page.locator('.share-status');
const SENT = 'Je coach heeft je laatste versie.';
const CHANGED = 'Je hebt iets veranderd sinds je deelde. Kijk of je coach de nieuwste versie heeft.';

test('share with a coach: preview, consent, send, update, stop sharing', async ({ page, browser, baseURL, watch }) => {
  test.setTimeout(120_000);
  const origin = baseURL!;
  const coach = await registerCoach(browser, origin);
  const { requests } = await youngster(page, origin);

  await page.goto(`${origin}/share?code=${coach.code.toLowerCase().replace('-', '')}`);
  await expect(heading(page)).toHaveText('Wat is de code van je coach?');
  await page.getByRole('button', { name: 'Zoek mijn coach' }).click();
  await expect(page.locator('.coach-name')).toHaveText(COACH_NAME);
  await page.getByRole('button', { name: 'Ja, dat is mijn coach' }).click();

  // Every started island is ticked, the answers themselves are not.
  for (const island of ['Wonen', 'Relaties', 'Werk']) await expect(page.getByRole('checkbox', { name: island })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Gezondheid' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Ook mijn antwoorden zelf' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Werk' }).uncheck();
  await page.getByRole('checkbox', { name: 'Ook mijn antwoorden zelf' }).check();
  await page.getByRole('button', { name: 'Bekijk wat je coach ziet' }).click();

  // The preview is what the coach will get: the overview and, ticked, the answers; not work.
  const preview = page.locator('.preview-frame');
  await expect(preview).toContainText(IN_OVERVIEW);
  await expect(preview).toContainText(IN_ANSWER_ONLY);
  await expect(preview).not.toContainText(ON_WORK);
  await expect(preview.getByRole('button')).toHaveCount(0);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByText('Hoe lang: 180 dagen.', { exact: false })).toBeVisible();
  await expect(page.getByText('Stoppen kan altijd.', { exact: false })).toBeVisible();

  // Before consent: the look-up of the code was the only request to the API, and no request
  // left the app's origin.
  const api = requests.filter((r) => r.includes('/api/'));
  expect(api).toEqual([`GET ${origin}/api/mailboxes/${coach.code}`]);
  expect(requests.filter((r) => r.includes('/crypto/'))).toEqual([]);
  expect(await coachItems(coach, origin)).toEqual([]);

  await page.getByRole('button', { name: 'Ja, deel het' }).click();
  await expect(page.getByRole('heading', { name: COACH_NAME })).toBeVisible();
  await expect(status(page)).toHaveText(SENT);
  await expect(page.getByText(/^Verstuurd op .*Je coach kan het lezen tot /)).toBeVisible();

  const [sent] = await coachItems(coach, origin);
  expect(sent.summary.format).toBe(1);
  expect(sent.summary.nickname).toBe('Robin');
  expect(sent.summary.avatar.accessories).toEqual(['wheelchair']);
  expect(sent.summary.islands.map((i: any) => i.island)).toEqual(['wonen', 'relaties']);
  expect(sent.text).toContain(IN_OVERVIEW);
  expect(sent.text).toContain(IN_ANSWER_ONLY);
  expect(sent.text).not.toContain(ON_WORK);
  const record = (await storedState(page)).state.sharing.shares[0];
  expect(sent.id).toBe(record.item_id);

  // An answer changes: the coach has an older version, and "update" replaces it.
  await page.goto(`${origin}/exercise/wonen_droom`);
  await page.locator('textarea').fill('Een huis met een Giraffemarker');
  await page.goto(`${origin}/overview`);
  await expect(page.getByText(CHANGED)).toBeVisible();
  await page.getByRole('link', { name: 'Deel met je coach' }).click();
  await expect(page).toHaveURL(`${origin}/share`);
  await expect(status(page)).toHaveText('Je coach heeft een oudere versie.');
  await page.getByRole('button', { name: 'Nieuwe versie sturen' }).click();
  await expect(status(page)).toHaveText(SENT);
  const [updated, ...more] = await coachItems(coach, origin);
  expect(more).toEqual([]);
  expect(updated.id).toBe(sent.id);
  expect(updated.text).toContain('Giraffemarker');
  expect(updated.text).not.toContain(IN_OVERVIEW);
  await page.goto(`${origin}/overview`);
  await expect(page.locator('.share-line')).toBeVisible();
  await expect(page.getByText(CHANGED)).toHaveCount(0);

  // A change outside what is shared (work): the overview says that something changed, the
  // share screen shows that the coach has the latest version, and then the overview says no more.
  await page.goto(`${origin}/exercise/werk_droom`);
  await expect(heading(page)).toHaveText('Jouw droomjob');
  await page.getByRole('checkbox', { name: /^ICT/ }).check();
  await expect(page.getByRole('checkbox', { name: /^ICT/ })).toBeChecked();
  await page.goto(`${origin}/overview`);
  await expect(page.getByText(CHANGED)).toBeVisible();
  await page.getByRole('link', { name: 'Deel met je coach' }).click();
  await expect(status(page)).toHaveText(SENT);
  await page.goto(`${origin}/overview`);
  await expect(page.locator('.share-line')).toBeVisible();
  await expect(page.getByText(CHANGED)).toHaveCount(0);
  await page.getByRole('link', { name: 'Deel met je coach' }).click();
  await expect(status(page)).toHaveText(SENT);

  // Stop sharing deletes the coach's copy.
  await page.getByRole('button', { name: 'Stop met delen' }).click();
  await page.getByRole('button', { name: 'Ja, stop' }).click();
  await expect(page.getByRole('heading', { name: COACH_NAME })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Deel met je coach' })).toBeVisible();
  expect(await coachItems(coach, origin)).toEqual([]);
  expect((await storedState(page)).state.sharing.shares).toEqual([]);

  expect(watch.foreignRequests).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  await coach.page.context().close();
});

test('a wrong or unknown code says what to do, and only the code is looked up', async ({ page, baseURL }) => {
  const origin = baseURL!;
  const requests: string[] = [];
  page.on('request', (request) => request.url().includes('/api/') && requests.push(request.url()));
  await page.goto(`${origin}/share`);
  await page.getByLabel('Code van je coach').fill('ABC');
  await page.getByRole('button', { name: 'Zoek mijn coach' }).click();
  await expect(page.getByRole('alert')).toHaveText('Een code heeft 8 tekens, zoals ACDE-FG34.');
  expect(requests).toEqual([]);
  await page.getByLabel('Code van je coach').fill('XXXX-XXXX');
  await page.getByRole('button', { name: 'Zoek mijn coach' }).click();
  await expect(page.getByRole('alert')).toHaveText('We vinden geen coach met deze code. Kijk de code na.');
  expect(requests).toEqual([`${origin}/api/mailboxes/XXXX-XXXX`]);
});

test('delete everything first deletes the coach\'s copy', async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const origin = baseURL!;
  const coach = await registerCoach(browser, origin);
  await youngster(page, origin);
  await toConsent(page, origin, coach.code);
  await page.getByRole('button', { name: 'Ja, deel het' }).click();
  await expect(status(page)).toHaveText(SENT);
  expect(await coachItems(coach, origin)).toHaveLength(1);

  await page.goto(`${origin}/settings`);
  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await expect(page.getByText('Ook wat je deelde met je coach, wordt gewist.')).toBeVisible();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page).toHaveURL(`${origin}/`);
  expect(await coachItems(coach, origin)).toEqual([]);
  expect(await page.evaluate((key) => Object.keys(localStorage).filter((k) => k !== key), 'start-to-can.offline-ready-told')).toEqual([]);
  await coach.page.context().close();
});

test('offline, delete everything keeps only what it needs to delete the coach\'s copy later', async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const origin = baseURL!;
  const coach = await registerCoach(browser, origin);
  await youngster(page, origin);
  await toConsent(page, origin, coach.code);
  await page.getByRole('button', { name: 'Ja, deel het' }).click();
  await expect(status(page)).toHaveText(SENT);

  await page.goto(`${origin}/settings`);
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page.getByText('Alles op deze gsm is gewist. Wat je deelde, wissen we zodra je internet hebt.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/share-deleted-offline-light.png` });
  expect(await storedState(page)).toBeNull();
  const left = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), LEFTOVER_KEY);
  expect(left).toHaveLength(1);
  // Nothing of the youngster: the coach's code, the item and its secret, and the tries.
  expect(Object.keys(left[0]).sort()).toEqual(['code', 'item_id', 'item_secret', 'last_try', 'tries']);
  expect(left[0].code).toBe(coach.code);
  expect(await coachItems(coach, origin)).toHaveLength(1);

  await page.context().setOffline(false);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), LEFTOVER_KEY), { timeout: 20_000 }).toBeNull();
  expect(await coachItems(coach, origin)).toEqual([]);
  await coach.page.context().close();
});

test.describe('with a server of its own', () => {
  test.use({ serviceWorkers: 'allow' });
  let server: OwnServer;
  test.beforeEach(async () => {
    server = await OwnServer.create();
    await server.start();
  });
  test.afterEach(async () => {
    await server.dispose();
  });

  test('a send while the server is stopped goes out later, and the server keeps only ciphertext', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const origin = server.url;
    const coach = await registerCoach(browser, origin);
    await youngster(page, origin);
    await page.goto(`${origin}/map`);
    await waitForWorkerControl(page);
    const moduleUrl = await page.locator('meta[name="stc-crypto"]').getAttribute('content');
    // The worker's install leaves the sealing module out: a first visit does not need it.
    expect(await page.evaluate(async (url) => (await caches.match(url!)) !== undefined, moduleUrl)).toBe(false);

    await toConsent(page, origin, coach.code, { answers: true });
    await server.stop();
    await page.getByRole('button', { name: 'Ja, deel het' }).click();
    await expect(status(page)).toHaveText('Wacht op internet. Het gaat vanzelf als je weer online bent.');
    await page.screenshot({ path: `${SHOTS}/share-waiting-light.png` });
    const waiting = (await storedState(page)).state.sharing.shares[0];
    expect(waiting.outbox.tries).toBeGreaterThan(0);
    expect(waiting.sent).toBeUndefined();

    await server.start();
    await expect(status(page)).toHaveText(SENT, { timeout: 40_000 });
    const [item] = await coachItems(coach, origin);
    expect(item.text).toContain(IN_OVERVIEW);
    expect(item.text).toContain(IN_ANSWER_ONLY);
    // Now the worker keeps the module, for the next send from the outbox.
    expect(await page.evaluate(async (url) => (await caches.match(url!)) !== undefined, moduleUrl)).toBe(true);

    // The server's files hold ciphertext only: no marker word, no nickname, no helper's name.
    const dir = server.dataDirectory;
    for (const file of await readdir(dir)) {
      const bytes = await readFile(path.join(dir, file));
      for (const word of [IN_OVERVIEW, IN_ANSWER_ONLY, 'Robin', 'Sam']) {
        expect(bytes.includes(Buffer.from(word)), `${word} in ${file}`).toBe(false);
      }
    }
    await coach.page.context().close();
  });

  test('the share app is fetched only when opened, kept then, and /share offline before that says it needs the internet', async ({ page, browser }) => {
    test.setTimeout(150_000);
    const origin = server.url;
    const coach = await registerCoach(browser, origin);
    const { requests } = await youngster(page, origin);
    await page.goto(`${origin}/map`);
    await waitForWorkerControl(page);
    const kept = () => page.evaluate(async () => (await caches.match('/share/index.html')) !== undefined);
    // The first visit and the worker's install fetch nothing of it.
    await page.waitForTimeout(500);
    expect(requests.filter((r) => r.includes('/share'))).toEqual([]);
    expect(await kept()).toBe(false);

    // Offline before it was ever opened: the youngster's app says so, in light and dark.
    await server.stop();
    await page.goto(`${origin}/overview`);
    await page.getByRole('link', { name: 'Deel met je coach' }).click();
    await expect(page).toHaveURL(`${origin}/share`);
    await expect(heading(page)).toHaveText('Deel met je coach');
    await expect(page.getByText('Dit scherm heeft internet nodig. Het laadt nu niet.')).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // The buttons' colours change in 120 ms: axe reads them once they are there.
      await page.waitForFunction(() => document.getAnimations().length === 0);
      await axe(page);
      await page.screenshot({ path: `${SHOTS}/share-away-${scheme}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // Back online, "probeer opnieuw" opens it, and the worker keeps it.
    await server.start();
    await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
    await expect(heading(page)).toHaveText('Wat is de code van je coach?');
    await expect.poll(kept).toBe(true);
    await toConsent(page, origin, coach.code);
    await page.getByRole('button', { name: 'Ja, deel het' }).click();
    await expect(status(page)).toHaveText(SENT);
    expect(await coachItems(coach, origin)).toHaveLength(1);

    // Offline now, it opens from the worker's cache, and "stop sharing" waits in the outbox.
    await server.stop();
    await page.goto(`${origin}/share`);
    await expect(page.getByRole('heading', { name: COACH_NAME })).toBeVisible();
    await page.getByRole('button', { name: 'Stop met delen' }).click();
    await page.getByRole('button', { name: 'Ja, stop' }).click();
    await expect(status(page)).toHaveText('Wacht op internet. Het gaat vanzelf als je weer online bent.');

    // The menu leads back into the youngster's app, which sends what waits once the server is back.
    await page.getByRole('navigation').getByRole('link', { name: 'Kaart' }).click();
    await expect(page).toHaveURL(`${origin}/map`);
    await expect(page.locator('.bottom-nav')).toBeVisible();
    await server.start();
    await expect.poll(async () => (await storedState(page)).state.sharing.shares, { timeout: 45_000 }).toEqual([]);
    expect(await coachItems(coach, origin)).toEqual([]);
    await coach.page.context().close();
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every share screen passes axe and looks right: ${scheme}`, async ({ page, browser, baseURL }) => {
    test.setTimeout(120_000);
    const origin = baseURL!;
    const coach = await registerCoach(browser, origin);
    await youngster(page, origin);
    await page.emulateMedia({ colorScheme: scheme });
    const shot = async (name: string) => {
      await axe(page);
      await page.screenshot({ path: `${SHOTS}/share-${name}-${scheme}.png` });
    };
    await page.goto(`${origin}/share?code=${coach.code}`);
    await expect(heading(page)).toHaveText('Wat is de code van je coach?');
    await shot('code');
    await page.getByRole('button', { name: 'Zoek mijn coach' }).click();
    await expect(heading(page)).toHaveText('Is dit je coach?');
    await shot('confirm');
    await page.getByRole('button', { name: 'Ja, dat is mijn coach' }).click();
    await expect(heading(page)).toHaveText('Wat wil je delen?');
    await page.getByRole('checkbox', { name: 'Ook mijn antwoorden zelf' }).check();
    await shot('choose');
    await page.getByRole('button', { name: 'Bekijk wat je coach ziet' }).click();
    await expect(heading(page)).toHaveText('Dit ziet je coach');
    await shot('preview');
    await page.locator('.shared-answers').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/share-preview-answers-${scheme}.png` });
    await page.getByRole('button', { name: 'Verder' }).click();
    await shot('consent');
    await page.getByRole('button', { name: 'Ja, deel het' }).click();
    await expect(status(page)).toHaveText(SENT);
    await shot('sent');
    await page.goto(`${origin}/exercise/wonen_droom`);
    await page.locator('textarea').fill('Een huis met een Giraffemarker');
    await page.goto(`${origin}/share`);
    await expect(status(page)).toHaveText('Je coach heeft een oudere versie.');
    await page.getByRole('button', { name: 'Stop met delen' }).click();
    await shot('older-stop');
    await page.goto(`${origin}/overview`);
    await page.locator('.share-line').scrollIntoViewIfNeeded();
    await shot('overview-line');
    await coach.page.context().close();
  });
}
