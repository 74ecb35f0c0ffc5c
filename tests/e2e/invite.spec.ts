// "Vraag het met een link": Robin asks Oma what she sees in her with a link. The link opens the
// invited person's page (/invite/) in a second browser; Oma's reply is sealed there to Robin's
// key, goes through Robin's own mailbox, is fetched, kept on Robin's phone and deleted from the
// server, and goes to her coach when she ticks it. A withdrawn, damaged or expired link is refused with a clear message, offline each side
// says so and loses nothing, and "delete everything" deletes what stands on the server. axe on
// every new screen, light and dark; screenshots at 360×640 in target/screenshots/.
import { mkdirSync } from 'node:fs';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { test, expect, storedState } from './fixtures';
import { expectNoAxeViolations, newContext, registerCoach, robinsPhone, SENT } from './coach-steps';

const SHOTS = 'target/screenshots';
mkdirSync(SHOTS, { recursive: true });

async function look(page: Page, name: string) {
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/invite-${name}.png`, fullPage: true });
}

/** On Robin's phone: asks `person` with a link; the link, once made. */
async function makeLink(page: Page, person: number, name: string, shot?: string): Promise<string> {
  await page.goto(`/ask?person=${person}`);
  await expect(page.locator('main h1')).toHaveText(`Hoe vraag je het aan ${name}?`);
  if (shot) await look(page, `how-${shot}`);
  await page.getByRole('button', { name: /^Met een link/ }).click();
  await expect(page.locator('main h1')).toHaveText(`Stuur de link naar ${name}`);
  const field = page.getByLabel('De link', { exact: true });
  await expect(field).toHaveValue(/\/invite\/#[A-Za-z0-9_-]+$/);
  await expect(page.getByRole('img', { name: `QR-code van de link voor ${name}` })).toBeVisible();
  if (shot) await look(page, `link-${shot}`);
  return field.inputValue();
}

/** The invited person's browser: a context of its own, in `locale`. */
async function invited(browser: Browser, testInfo: TestInfo, locale = 'nl-BE') {
  const use = testInfo.project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, viewport: use.viewport, locale, serviceWorkers: 'block' });
  return { context, page: await context.newPage() };
}

/** The invited page, from the name to "Versturen"; `shot` takes a look at every screen. */
async function answer(page: Page, link: string, message: string, shot?: string) {
  const heading = page.locator('main h1');
  await page.goto(link);
  await expect(heading).toHaveText('Wat zie jij in Robin?');
  await expect(page.locator('.invite-avatar')).toBeVisible();
  if (shot) await look(page, `page-hello-${shot}`);
  // No name: it says why and stays.
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(page.locator('.invite .error')).toHaveText('Schrijf eerst je naam. Dan weet Robin wie het zegt.');
  await page.getByLabel('Hoe heet je?').fill('Oma');
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(heading).toHaveText('Wat kan Robin goed?');
  await page.getByRole('checkbox', { name: 'Eerlijk zijn' }).check();
  await page.getByRole('checkbox', { name: 'Doorzetten' }).check();
  if (shot) await look(page, `page-strengths-${shot}`);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(heading).toHaveText('Hoe wil jij helpen?');
  await page.getByRole('checkbox', { name: 'Luisteren', exact: true }).check();
  if (shot) await look(page, `page-help-${shot}`);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(heading).toHaveText('Wil je nog iets zeggen?');
  await page.getByLabel('Jouw bericht (mag leeg)').fill(message);
  if (shot) await look(page, `page-message-${shot}`);
  await page.getByRole('button', { name: 'Versturen' }).click();
}

/** The items in Robin's own mailbox, listed with the owner secret her phone keeps. */
async function mailboxItems(page: Page): Promise<string[]> {
  const mailbox = (await storedState(page)).state.invites.mailbox;
  const response = await page.request.get(`/api/mailboxes/${mailbox.code}/items`, { headers: { Authorization: `Bearer ${mailbox.owner_secret}` } });
  expect(response.status()).toBe(200);
  return (await response.json()).items.map((item: { id: string }) => item.id);
}

for (const theme of ['light', 'dark'] as const) {
  test(`a link to Oma: she answers in her own browser, Robin fetches it, keeps it, and nothing stays on the server (${theme})`, async ({ page, browser, watch }, testInfo) => {
    test.setTimeout(150_000);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await robinsPhone(page, theme);
    const link = await makeLink(page, 2, 'Oma', theme);
    await expect(page.getByText(/^De link werkt tot \d+ \S+ \d{4}\.$/)).toBeVisible();
    await page.getByRole('button', { name: 'Kopieer de link' }).click();
    await expect(page.getByText('De link is gekopieerd. Plak hem in een bericht.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    // Only the phone's own mailbox and the placeholder went out; the key stays after the '#'.
    const stored = (await storedState(page)).state.invites;
    expect(stored.standing).toEqual([expect.objectContaining({ person: 2 })]);
    const carried = JSON.parse(Buffer.from(link.split('#')[1], 'base64url').toString());
    expect(carried).toMatchObject({ format: 1, code: stored.mailbox.code, key: stored.mailbox.public_key, item: stored.standing[0].item_id, nickname: 'Robin' });
    expect(link).not.toContain(stored.mailbox.secret_key);
    expect(link).not.toContain(stored.mailbox.owner_secret);
    expect(await mailboxItems(page)).toEqual([stored.standing[0].item_id]);

    await page.getByRole('button', { name: 'Klaar' }).click();
    await expect(page.locator('main h1')).toHaveText('Wie wil je iets vragen?');
    const standing = page.locator('.standing-invite');
    await expect(standing).toHaveCount(1);
    await expect(standing).toContainText(/^Oma · tot \d+ \S+ \d{4}/);
    await page.getByRole('button', { name: 'Kijk of er antwoord is' }).click();
    await expect(page.getByText('Nog geen antwoord. Kijk later nog eens.')).toBeVisible();
    await look(page, `standing-${theme}`);

    const oma = await invited(browser, testInfo);
    await oma.page.emulateMedia({ colorScheme: theme });
    const omasRequests: string[] = [];
    oma.page.on('request', (request) => omasRequests.push(`${request.method()} ${new URL(request.url()).pathname}`));
    await answer(oma.page, link, 'Zebramarker, ik ben trots op je', theme);
    await expect(oma.page.locator('main h1')).toHaveText('Bedankt!');
    await look(oma.page, `page-thanks-${theme}`);
    // Oma's browser asked for the page and put one item: nothing of the fragment reached the server.
    const api = omasRequests.filter((r) => r.includes('/api/'));
    expect(api).toEqual([`PUT /api/mailboxes/${stored.mailbox.code}/items/${stored.standing[0].item_id}`]);
    await oma.context.close();

    await page.getByRole('button', { name: 'Kijk of er antwoord is' }).click();
    await expect(page.getByText('Er is een nieuw antwoord voor jou!')).toBeVisible();
    const discovery = page.locator('.reply-discovery');
    await expect(discovery.getByRole('heading', { name: 'Oma ziet dit in jou' })).toBeVisible();
    for (const words of ['Eerlijk zijn', 'Doorzetten', 'Luisteren', 'Zebramarker, ik ben trots op je']) {
      await expect(discovery).toContainText(words);
    }
    await look(page, `fetched-${theme}`);
    await discovery.getByRole('button', { name: 'Bewaar in mijn overzicht' }).click();
    await expect(page.locator('.reply-decided')).toHaveText('Bewaard. Je ziet het in je overzicht.');
    await expect(standing).toHaveCount(0);
    const after = (await storedState(page)).state;
    expect(after.journey.replies).toEqual([
      expect.objectContaining({
        person: 2,
        via: 'link',
        kept: true,
        words: { from: 'Oma', strengths: [{ listed: 'honest' }, { listed: 'keeps_going' }], help: [{ listed: 'listen' }], message: 'Zebramarker, ik ben trots op je' },
      }),
    ]);
    expect(after.invites.standing ?? []).toEqual([]);
    expect(await mailboxItems(page)).toEqual([]);

    await page.goto('/overview');
    const part = page.locator('.others-part');
    await expect(part.getByRole('heading', { name: 'Oma ziet dit in jou' })).toBeVisible();
    await expect(part).toContainText('Zebramarker');
    expect(watch.foreignRequests).toEqual([]);
    if (theme === 'dark') return;

    // Kept, the reply goes to the coach with the tick "Ook wat anderen in mij zien".
    const coachContext = await newContext(browser, testInfo);
    const coach = await coachContext.newPage();
    await registerCoach(coach, 'Sanne, JAC Gent');
    const coachLink = (await coach.locator('.share-link a').getAttribute('href'))!;
    await page.goto(coachLink);
    await page.getByRole('button', { name: 'Zoek mijn coach' }).click();
    await page.getByRole('button', { name: 'Ja, dat is mijn coach' }).click();
    await page.getByRole('checkbox', { name: 'Ook wat anderen in mij zien' }).check();
    await page.getByRole('button', { name: 'Bekijk wat je coach ziet' }).click();
    await expect(page.locator('.preview-frame')).toContainText('Zebramarker');
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('button', { name: 'Ja, deel het' }).click();
    await expect(page.locator('.share-status')).toHaveText(SENT);
    await coach.getByRole('link', { name: 'Jongeren', exact: true }).click();
    await coach.locator('.youngster-line a').click();
    await expect(coach.locator('.summary-frame')).toContainText('Oma ziet dit in jou');
    await expect(coach.locator('.summary-frame')).toContainText('Zebramarker, ik ben trots op je');
    await coachContext.close();
  });
}

test('a withdrawn link is refused on the invited page and what was put is gone again', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  await robinsPhone(page, 'light');
  const link = await makeLink(page, 1, 'Sam');
  await page.getByRole('button', { name: 'Klaar' }).click();
  await page.getByRole('button', { name: 'Intrekken de link voor Sam' }).click();
  await expect(page.getByText('De link voor Sam is ingetrokken. Wie hem opent, kan niet meer antwoorden.')).toBeVisible();
  await expect(page.locator('.standing-invite')).toHaveCount(0);
  expect((await storedState(page)).state.invites.standing ?? []).toEqual([]);
  expect(await mailboxItems(page)).toEqual([]);

  const sam = await invited(browser, testInfo);
  await answer(sam.page, link, 'Te laat');
  await expect(sam.page.locator('.invite .error')).toHaveText('Deze uitnodiging is ingetrokken, of al beantwoord. Je antwoord is niet verstuurd. Vraag Robin om een nieuwe link.');
  await expect(sam.page.locator('main h1')).toHaveText('Wil je nog iets zeggen?');
  await expect(sam.page.getByLabel('Jouw bericht (mag leeg)')).toHaveValue('Te laat');
  await look(sam.page, 'page-withdrawn');
  expect(await mailboxItems(page)).toEqual([]);
  await sam.context.close();
});

test('a damaged link and one past its day say so, in the language of the browser', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  await robinsPhone(page, 'light');
  const link = await makeLink(page, 2, 'Oma');

  const other = await invited(browser, testInfo);
  await other.page.goto('/invite/#eyJmb3JtYXQiOjEsImNvZGUi');
  await expect(other.page.locator('main h1')).toHaveText('Deze link werkt niet');
  await expect(other.page.getByRole('alert')).toHaveText('De link is niet heel. Misschien viel er een stukje af bij het kopiëren.');
  await look(other.page, 'page-damaged');
  // Fifteen days later the invitation has ended.
  await other.page.clock.install({ time: new Date(Date.now() + 15 * 86_400_000) });
  await other.page.goto(link);
  await expect(other.page.getByRole('alert')).toHaveText(/^Deze uitnodiging liep tot \d+ \S+ \d{4}\. Ze werkt niet meer\.$/);
  await other.context.close();

  const english = await invited(browser, testInfo, 'en-GB');
  await english.page.goto(link);
  await expect(english.page.locator('main h1')).toHaveText('What do you see in Robin?');
  await expect(english.page.locator('html')).toHaveAttribute('lang', 'en');
  await english.page.getByLabel('Language').selectOption('fi');
  await expect(english.page.locator('main h1')).toHaveText('Mitä sinä näet henkilössä Robin?');
  await look(english.page, 'page-finnish');
  await english.context.close();
});

test('after the last day: a reply that came in time is still taken, a link nobody answered is gone from the phone and the server', async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  await robinsPhone(page, 'light');
  const link = await makeLink(page, 2, 'Oma');
  await makeLink(page, 1, 'Sam');
  expect(await mailboxItems(page)).toHaveLength(2);
  const oma = await invited(browser, testInfo);
  await answer(oma.page, link, 'Nog op tijd');
  await expect(oma.page.locator('main h1')).toHaveText('Bedankt!');
  await oma.context.close();

  // Fifteen days later Robin opens the app again.
  await page.clock.install({ time: new Date(Date.now() + 15 * 86_400_000) });
  await page.goto('/ask');
  await expect(page.locator('.reply-discovery')).toContainText('Nog op tijd');
  await expect(page.locator('.standing-invite')).toHaveCount(0);
  await expect.poll(async () => (await storedState(page)).state.invites.standing ?? []).toEqual([]);
  expect(await mailboxItems(page)).toEqual([]);
  expect((await storedState(page)).state.journey.replies).toEqual([expect.objectContaining({ person: 2, via: 'link' })]);
});

test('offline: the phone says a link needs internet and offers this phone; the invited page keeps the answer until it can go', async ({ page, context, browser }, testInfo) => {
  test.setTimeout(90_000);
  await robinsPhone(page, 'light');
  await page.goto('/ask?person=2');
  await expect(page.locator('main h1')).toHaveText('Hoe vraag je het aan Oma?');
  await context.setOffline(true);
  await page.getByRole('button', { name: /^Met een link/ }).click();
  await expect(page.locator('main h1')).toHaveText('De link is er nog niet');
  await expect(page.getByRole('alert')).toHaveText(/^Je hebt nu geen internet\./);
  await look(page, 'offline');
  expect((await storedState(page)).state.invites?.standing ?? []).toEqual([]);
  await page.getByRole('button', { name: 'Op deze gsm' }).click();
  await expect(page.locator('main h1')).toHaveText('Geef je gsm aan Oma');
  await context.setOffline(false);
  const link = await makeLink(page, 2, 'Oma');

  const oma = await invited(browser, testInfo);
  await oma.page.goto(link);
  await expect(oma.page.locator('main h1')).toHaveText('Wat zie jij in Robin?');
  await oma.page.getByLabel('Hoe heet je?').fill('Oma');
  await oma.page.getByRole('button', { name: 'Beginnen' }).click();
  await oma.page.getByRole('checkbox', { name: 'Eerlijk zijn' }).check();
  await oma.page.getByRole('button', { name: 'Verder' }).click();
  await oma.page.getByRole('button', { name: 'Verder' }).click();
  await oma.page.getByLabel('Jouw bericht (mag leeg)').fill('Eerst offline');
  await oma.context.setOffline(true);
  await oma.page.getByRole('button', { name: 'Versturen' }).click();
  await expect(oma.page.locator('.invite .error')).toHaveText('Er is geen verbinding. Je antwoord staat nog hier. Probeer het zo opnieuw.');
  await expect(oma.page.getByLabel('Jouw bericht (mag leeg)')).toHaveValue('Eerst offline');
  await oma.context.setOffline(false);
  await oma.page.getByRole('button', { name: 'Versturen' }).click();
  await expect(oma.page.locator('main h1')).toHaveText('Bedankt!');
  await oma.context.close();

  // The phone fetches when it opens /ask.
  await page.goto('/ask');
  await expect(page.getByText('Er is een nieuw antwoord voor jou!')).toBeVisible();
  await expect(page.locator('.reply-discovery')).toContainText('Eerst offline');
});

test('delete everything deletes the items of the links that stand', async ({ page }) => {
  test.setTimeout(90_000);
  await robinsPhone(page, 'light');
  await makeLink(page, 2, 'Oma');
  const mailbox = (await storedState(page)).state.invites.mailbox;
  expect(await mailboxItems(page)).toHaveLength(1);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await expect(page.getByText('Ook je links die nog open staan, worden ingetrokken.')).toBeVisible();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page).toHaveURL(/\/$/);
  const response = await page.request.get(`/api/mailboxes/${mailbox.code}/items`, { headers: { Authorization: `Bearer ${mailbox.owner_secret}` } });
  expect((await response.json()).items).toEqual([]);
});
