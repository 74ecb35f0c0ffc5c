// The coach's app at /coach/: a coach makes an identity (the key pair is made in this browser and
// only its public half leaves it), hands out the code, the QR code and the link, reads the
// summaries youngsters shared (sealed to the coach's key; first put in the mailbox as the
// youngster's phone does, then through the youngster's own app in a second browser), keeps
// private notes, sees the use of the tool, reads offline what was fetched before, and moves to
// another device with a passphrase-locked file. axe on every screen in light and dark;
// screenshots at 360×640 and at a laptop's 1280×800 in target/screenshots/.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { OwnServer, waitForWorkerControl } from './own-server';
import {
  coachDocument,
  deleteShare,
  expectNoAxeViolations,
  newContext,
  newShare,
  nextSecond,
  publicKeyOf,
  putShare,
  registerCoach,
  seal,
  SENT,
  shareThroughLink,
  summaryJson,
  typeHousingDream,
  youngsterWithJourney,
  type IslandSpec,
} from './coach-steps';

const SHOTS = 'target/screenshots';
mkdirSync(SHOTS, { recursive: true });
const LAPTOP = { width: 1280, height: 800 };

const ROBIN: IslandSpec[] = [
  { island: 'wonen', title: 'Wonen', done: true, evaluation: 6, now: 4, wanted: 8, wants: ['Een klein huis met een tuin'], good: ['Koken'], step: 'Huurprijzen opzoeken' },
  { island: 'werk', title: 'Werk', done: true, evaluation: 3, now: 2, wanted: 9, wants: ['Fietsenmaker met een eigen werkplaats'], step: 'Een stage vragen' },
  { island: 'leren', title: 'Leren', done: false, now: 5, wanted: 7, wants: ['Een fietsband plakken'] },
];
const YASMINE: IslandSpec[] = [
  { island: 'werk', title: 'Werk', done: true, evaluation: 6, now: 6, wanted: 8, wants: ['In de zorg werken'] },
  { island: 'gezondheid', title: 'Gezondheid', done: false, now: 3, wanted: 7 },
];

test('a coach makes an identity here: only the public key leaves the browser, and the code, QR code and link are shown', async ({ page, request, baseURL, watch }) => {
  const sent: string[] = [];
  page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/api/mailboxes') && sent.push(r.postData() ?? ''));
  await page.goto('/coach/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, coach' })).toBeVisible();
  await page.getByRole('button', { name: 'Maak mijn coach-code' }).click();
  await expect(page.getByRole('alert')).toHaveText('Vul je naam in.');
  expect(sent).toEqual([]);

  const code = await registerCoach(page, 'Sanne, Jongerenwerk Noord');
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  const link = `${baseURL}/share?code=${code}`;
  await expect(page.locator('.share-link a')).toHaveText(link);
  await expect(page.locator('.share-link a')).toHaveAttribute('href', link);
  await expect(page.getByRole('img', { name: 'QR-code met de link naar je coach-code' })).toBeVisible();
  await expect(page.getByText('Jongeren zien je naam: Sanne, Jongerenwerk Noord')).toBeVisible();

  // The server knows the name and the public key; the secret key never left this browser.
  const kept = (await coachDocument(page)).identity;
  expect(kept.code).toBe(code);
  const lookup = await (await request.get(`/api/mailboxes/${code}`)).json();
  expect(lookup.display_name).toBe('Sanne, Jongerenwerk Noord');
  expect(sent).toHaveLength(1);
  expect(Object.keys(JSON.parse(sent[0])).sort()).toEqual(['display_name', 'kind', 'public_key']);
  expect(JSON.parse(sent[0]).public_key).toBe(lookup.public_key);
  expect(sent[0]).not.toContain(kept.secret_key);
  expect(lookup.public_key).not.toBe(kept.secret_key);

  // The list is empty and says what to do.
  await page.getByRole('link', { name: 'Jongeren', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn jongeren' })).toBeVisible();
  await expect(page.getByText('Nog niemand deelde iets met jou. Geef je code aan je jongeren.')).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('the youngsters shares are listed and drawn as the sheet; one that cannot be opened says so; a stopped share goes with its note', async ({ page, request }) => {
  const code = await registerCoach(page, 'Sanne');
  const key = await publicKeyOf(request, code);
  const robin = newShare();
  const yasmine = newShare();
  const broken = newShare();
  await putShare(request, code, robin, seal(key, summaryJson('Robin', ROBIN, '2026-11-20T10:00:00.000Z')));
  await nextSecond();
  await putShare(request, code, yasmine, seal(key, summaryJson('Yasmine', YASMINE)));
  // Sealed for another coach's key: it cannot be opened here.
  const otherKey = await publicKeyOf(request, await registerCoachThroughApi(request));
  await putShare(request, code, broken, seal(otherKey, summaryJson('Niet voor jou', YASMINE)));

  await page.getByRole('link', { name: 'Jongeren', exact: true }).click();
  const lines = page.locator('.youngster-line');
  await expect(lines).toHaveCount(3);
  await expect(page.locator('.youngster-name')).toHaveText(['Yasmine', 'Robin'], { useInnerText: true });
  const robinLine = lines.filter({ hasText: 'Robin' });
  await expect(robinLine).toContainText('2 van 3 gedeelde eilanden klaar');
  await expect(page.locator('.youngster-line.unreadable')).toContainText('Dit gedeelde overzicht gaat niet open.');
  await page.screenshot({ path: `${SHOTS}/coach-youngsters-light.png` });

  // Robin's summary, as the youngster's preview drew it, not editable.
  await robinLine.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/coach/youngster/${robin.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn overzicht' })).toBeVisible();
  await expect(page.locator('.overview-head .help')).toHaveText('Robin · Gemaakt op 20 november 2026');
  await expect(page.locator('.island-block')).toHaveCount(3);
  const work = page.locator('.island-block[data-island="werk"]');
  await expect(work.locator('.score-line')).toHaveText('Nu 2 · later 9');
  await expect(work.locator('.wants')).toContainText('Fietsenmaker met een eigen werkplaats');
  await expect(work.locator('.step')).toContainText('Een stage vragen');
  await expect(page.getByRole('button', { name: /Ster bij/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Kies je top drie' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Kies wie je helpt' })).toHaveCount(0);

  // A private note, kept on this device only, also after a reload.
  const notes = page.getByRole('textbox', { name: 'Mijn notities' });
  await notes.fill('Wil graag stage doen in een fietsenwinkel.');
  await expect(page.getByText('Bewaard.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Mijn notities' })).toHaveValue('Wil graag stage doen in een fietsenwinkel.');
  expect((await coachDocument(page)).notes[robin.id]).toBe('Wil graag stage doen in een fietsenwinkel.');
  await page.screenshot({ path: `${SHOTS}/coach-summary-light.png`, fullPage: true });

  // Robin stops sharing: after a refresh the share and its note are gone.
  await deleteShare(request, code, robin);
  await page.getByRole('link', { name: 'Jongeren', exact: true }).click();
  await page.getByRole('button', { name: 'Vernieuwen' }).click();
  await expect(page.locator('.youngster-name')).toHaveText(['Yasmine']);
  expect((await coachDocument(page)).notes).toEqual({});
  await page.goto(`/coach/youngster/${robin.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Niet meer gedeeld' })).toBeVisible();
});

test('the list marks what changed since the coach last looked, and can put it first', async ({ page, request }) => {
  const code = await registerCoach(page, 'Sanne');
  const key = await publicKeyOf(request, code);
  const robin = newShare();
  const yasmine = newShare();
  const kim = newShare();
  await putShare(request, code, robin, seal(key, summaryJson('Robin', ROBIN)));
  await putShare(request, code, yasmine, seal(key, summaryJson('Yasmine', YASMINE)));

  const list = page.locator('.youngster-line');
  const badge = (name: string) => list.filter({ hasText: name }).locator('.badge.changed');
  const open = async (name: string) => {
    await list.filter({ hasText: name }).getByRole('link').click();
    await expect(page.locator('.overview-head .help')).toContainText(name);
    await page.getByRole('link', { name: '← Mijn jongeren' }).click();
  };
  await page.getByRole('link', { name: 'Jongeren', exact: true }).click();
  await expect(list).toHaveCount(2);
  await expect(badge('Robin')).toHaveText('Nieuw sinds je keek');
  await expect(badge('Yasmine')).toBeVisible();

  // Looked at: no longer marked. Sent again: marked again.
  await open('Yasmine');
  await expect(badge('Yasmine')).toHaveCount(0);
  await expect(badge('Robin')).toBeVisible();
  await open('Robin');
  await expect(page.locator('.badge.changed')).toHaveCount(0);
  await nextSecond();
  await putShare(request, code, robin, seal(key, summaryJson('Robin', ROBIN)));
  await nextSecond();
  await putShare(request, code, kim, seal(key, summaryJson('Kim', YASMINE)));
  await page.getByRole('button', { name: 'Vernieuwen' }).click();
  await expect(list).toHaveCount(3);
  await open('Kim');
  await expect(page.locator('.youngster-name')).toHaveText(['Kim', 'Robin', 'Yasmine']);
  await expect(page.locator('.badge.changed')).toHaveCount(1);
  await expect(badge('Robin')).toBeVisible();

  // What changed first; the choice is kept.
  await page.getByRole('radio', { name: 'Veranderd sinds ik keek' }).check();
  await expect(page.locator('.youngster-name')).toHaveText(['Robin', 'Kim', 'Yasmine']);
  await page.screenshot({ path: `${SHOTS}/coach-youngsters-changed-light.png` });
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Veranderd sinds ik keek' })).toBeChecked();
  await expect(page.locator('.youngster-name')).toHaveText(['Robin', 'Kim', 'Yasmine']);
  await page.getByRole('radio', { name: 'Laatst veranderd' }).check();
  await expect(page.locator('.youngster-name')).toHaveText(['Kim', 'Robin', 'Yasmine']);
});

test('the use of the tool counts per island the youngsters who shared it as done and averages their 1–7 answers', async ({ page, request }) => {
  const code = await registerCoach(page, 'Sanne');
  const key = await publicKeyOf(request, code);
  await putShare(request, code, newShare(), seal(key, summaryJson('Robin', ROBIN)));
  await putShare(request, code, newShare(), seal(key, summaryJson('Yasmine', YASMINE)));
  await putShare(request, code, newShare(), seal(key, 'not a summary at all', true));
  await page.getByRole('link', { name: 'Jongeren', exact: true }).click();
  await expect(page.locator('.youngster-line')).toHaveCount(3);
  await page.getByRole('link', { name: 'Gebruik' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gebruik van de tool' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Van 2 jongeren die iets deelden' });
  const row = (island: string) => table.locator(`tr[data-island="${island}"]`);
  await expect(table.locator('tbody tr')).toHaveCount(7);
  await expect(row('werk').locator('.usage-done')).toHaveText('2');
  await expect(row('werk').locator('.usage-average')).toHaveText('4,5 (2 antwoorden)');
  await expect(row('wonen').locator('.usage-done')).toHaveText('1');
  await expect(row('wonen').locator('.usage-average')).toHaveText('6,0 (1 antwoord)');
  await expect(row('leren').locator('.usage-done')).toHaveText('0');
  await expect(row('gezondheid').locator('.usage-average')).toHaveText('Nog geen antwoorden');
  await page.screenshot({ path: `${SHOTS}/coach-usage-light.png` });
});

test('a coachs server that asks for a registration token: the field comes, a wrong token says so, the right one works', async ({ browser }, testInfo) => {
  const server = await OwnServer.create(undefined, { requireRegistrationToken: true });
  try {
    await server.start();
    const token = await server.registrationToken();
    const context = await newContext(browser, testInfo, server.url);
    const page = await context.newPage();
    await page.goto('/coach/');
    await page.getByLabel('Je naam, zoals jongeren die zien').fill('Sanne');
    await page.getByRole('button', { name: 'Maak mijn coach-code' }).click();
    const tokenField = page.getByLabel('Registratiecode van je organisatie');
    await expect(tokenField).toBeVisible();
    await expect(page.getByText('Deze server vraagt een registratiecode. Je organisatie geeft je die.')).toBeVisible();
    await tokenField.fill('dit-is-niet-de-goede-code-hoor');
    await page.getByRole('button', { name: 'Maak mijn coach-code' }).click();
    await expect(page.getByRole('alert')).toHaveText('Die registratiecode klopt niet, of is al gebruikt.');
    await page.screenshot({ path: `${SHOTS}/coach-token-light.png` });
    expect(await coachDocument(page)).toBeNull();
    await tokenField.fill(token);
    await page.getByRole('button', { name: 'Maak mijn coach-code' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn code' })).toBeVisible();
    await context.close();
  } finally {
    await server.dispose();
  }
});

test('what the coach fetched stays readable offline, through the coachs own worker', async ({ browser }, testInfo) => {
  const server = await OwnServer.create();
  try {
    await server.start();
    const context = await newContext(browser, testInfo, server.url, 'allow');
    const page = await context.newPage();
    const code = await registerCoach(page, 'Sanne');
    const share = newShare();
    await putShare(context.request, code, share, seal(await publicKeyOf(context.request, code), summaryJson('Robin', ROBIN)));
    await page.getByRole('link', { name: 'Jongeren', exact: true }).click();
    await expect(page.locator('.youngster-name')).toHaveText(['Robin']);
    await waitForWorkerControl(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.url}/coach/sw.js`);

    await server.stop();
    await page.reload();
    await expect(page.locator('.youngster-name')).toHaveText(['Robin']);
    await expect(page.getByText('Offline. Je ziet wat je eerder ophaalde.')).toBeVisible();
    await page.locator('.youngster-line a').click();
    await expect(page.locator('.island-block[data-island="werk"] .wants')).toContainText('Fietsenmaker met een eigen werkplaats');
    await page.goto(`${server.url}/coach/youngster/${share.id}`);
    await expect(page.locator('.overview-head .help')).toContainText('Robin');
    await context.close();
  } finally {
    await server.dispose();
  }
});

test('the youngsters app leaves the coachs app alone: its worker precaches none of it and does not answer for /coach/', async ({ request }) => {
  const youngsterWorker = await (await request.get('/sw.js')).text();
  const coachWorker = await (await request.get('/coach/sw.js')).text();
  const precache = (worker: string): string[] => JSON.parse(/^const PRECACHE = (.*);$/m.exec(worker)![1]);
  expect(precache(youngsterWorker).filter((url) => url.startsWith('/coach'))).toEqual([]);
  expect(precache(youngsterWorker)).toContain('/index.html');
  expect(precache(coachWorker)).toContain('/coach/index.html');
  expect(precache(coachWorker).every((url) => url.startsWith('/coach/'))).toBe(true);
  expect(precache(coachWorker).some((url) => url.endsWith('.wasm'))).toBe(true);
  expect(youngsterWorker).toContain("url.pathname.startsWith('/coach')");
});

test('moving to another device: a locked backup file; a wrong passphrase or a damaged file changes nothing; the right one brings the coach and the notes', async ({ browser, page, request }, testInfo) => {
  const code = await registerCoach(page, 'Sanne');
  const share = newShare();
  await putShare(request, code, share, seal(await publicKeyOf(request, code), summaryJson('Robin', ROBIN)));
  await page.goto(`/coach/youngster/${share.id}`);
  await page.getByRole('textbox', { name: 'Mijn notities' }).fill('Belt maandag terug.');
  await expect(page.getByText('Bewaard.')).toBeVisible();

  await page.getByRole('link', { name: 'Ander toestel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Naar een ander toestel' })).toBeVisible();
  await expect(page.getByText('Maak een reservekopie. Verlies je die én dit toestel? Dan moeten je jongeren opnieuw delen.')).toBeVisible();
  const backup = page.getByRole('form', { name: 'Reservekopie maken' });
  await backup.getByLabel('Kies een wachtwoord').fill('kort');
  await backup.getByLabel('Typ het wachtwoord nog eens').fill('kort');
  await backup.getByRole('button', { name: 'Bewaar de reservekopie' }).click();
  await expect(backup.getByText('Het wachtwoord is te kort. Kies minstens 10 tekens.')).toBeVisible();
  await backup.getByLabel('Kies een wachtwoord').fill('drie losse woorden');
  await backup.getByLabel('Typ het wachtwoord nog eens').fill('drie losse woordeN');
  await backup.getByRole('button', { name: 'Bewaar de reservekopie' }).click();
  await expect(backup.getByText('De twee wachtwoorden zijn niet hetzelfde.')).toBeVisible();
  await backup.getByLabel('Typ het wachtwoord nog eens').fill('drie losse woorden');
  const download = page.waitForEvent('download');
  await backup.getByRole('button', { name: 'Bewaar de reservekopie' }).click();
  const file = testInfo.outputPath('backup.json');
  await (await download).saveAs(file);
  expect((await download).suggestedFilename()).toBe(`start-to-can-coach-${code}.json`);
  await expect(backup.getByText('De reservekopie is bewaard. Zet ze op een veilige plek.')).toBeVisible();
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text).format).toBe('start-to-can/coach-identity');
  for (const secret of [code, 'Sanne', 'Belt maandag', (await coachDocument(page)).identity.owner_secret]) expect(text).not.toContain(secret);

  // The other device: a fresh browser on the same server.
  const other = await newContext(browser, testInfo);
  const laptop = await other.newPage();
  await laptop.goto('/coach/device');
  const open = laptop.getByRole('form', { name: 'Reservekopie openen' });
  await open.getByRole('button', { name: 'Open de reservekopie' }).click();
  await expect(open.getByRole('alert')).toHaveText('Kies eerst een bestand.');
  await open.getByLabel('Kies het bestand').setInputFiles(file);
  await open.getByLabel('Wachtwoord van de reservekopie').fill('drie losse woorde');
  await open.getByRole('button', { name: 'Open de reservekopie' }).click();
  await expect(open.getByRole('alert')).toHaveText('Dat wachtwoord klopt niet. Probeer het opnieuw.');
  expect(await coachDocument(laptop)).toBeNull();

  const damaged = JSON.parse(text);
  damaged.ciphertext = damaged.ciphertext.slice(0, -8) + 'AAAAAAA=';
  const damagedFile = testInfo.outputPath('damaged.json');
  writeFileSync(damagedFile, JSON.stringify(damaged));
  await open.getByLabel('Kies het bestand').setInputFiles(damagedFile);
  await open.getByLabel('Wachtwoord van de reservekopie').fill('drie losse woorden');
  await open.getByRole('button', { name: 'Open de reservekopie' }).click();
  await expect(open.getByRole('alert')).toHaveText('Dit bestand is beschadigd. Probeer een andere kopie.');
  expect(await coachDocument(laptop)).toBeNull();
  await laptop.screenshot({ path: `${SHOTS}/coach-device-error-light.png`, fullPage: true });

  await open.getByLabel('Kies het bestand').setInputFiles(file);
  await open.getByRole('button', { name: 'Open de reservekopie' }).click();
  await expect(laptop.getByRole('heading', { level: 1, name: 'Mijn jongeren' })).toBeVisible();
  await expect(laptop.locator('.youngster-name')).toHaveText(['Robin']);
  await laptop.locator('.youngster-line a').click();
  await expect(laptop.getByRole('textbox', { name: 'Mijn notities' })).toHaveValue('Belt maandag terug.');
  const moved = (await coachDocument(laptop)).identity;
  expect(moved).toEqual((await coachDocument(page)).identity);
  await other.close();
});

// ---- Two browsers: the coach's app and the youngster's app, each in a browser of its own ----

const COACH_NAME = 'Sanne, Jongerenwerk Noord';

test.describe('the coach and a youngster, each in a browser of their own', () => {
  test('the youngster shares through the coachs link; the coach sees it as previewed, then the update; after stop sharing it is gone', async ({ browser }, testInfo) => {
    test.setTimeout(180_000);
    const coachContext = await newContext(browser, testInfo, undefined, 'block', LAPTOP);
    const youngsterContext = await newContext(browser, testInfo);
    const coach = await coachContext.newPage();
    const phone = await youngsterContext.newPage();
    const foreign: string[] = [];
    for (const page of [coach, phone]) {
      page.on('request', (r) => !r.url().startsWith(testInfo.project.use.baseURL!) && foreign.push(r.url()));
    }

    await registerCoach(coach, COACH_NAME);
    const link = (await coach.locator('.share-link a').getAttribute('href'))!;

    await youngsterWithJourney(phone);
    await typeHousingDream(phone, 'Een huis met een Zebramarker');
    const preview = await shareThroughLink(phone, link, COACH_NAME);
    expect(preview).toContain('Zebramarker');
    await expect(phone.locator('.share-status')).toHaveText(SENT);

    // The coach's list, then the summary: exactly what the youngster's preview showed.
    await coach.getByRole('link', { name: 'Jongeren', exact: true }).click();
    await expect(coach.locator('.youngster-name')).toHaveText(['Robin']);
    await coach.locator('.youngster-line a').click();
    await expect(coach.locator('.summary-frame')).toContainText('Zebramarker');
    expect(await coach.locator('.summary-frame').innerText()).toBe(preview);
    await coach.screenshot({ path: `${SHOTS}/coach-two-browsers-summary-laptop-light.png`, fullPage: true });
    const itemUrl = coach.url();

    // The youngster changes an answer and sends the new version; the coach sees the change.
    await typeHousingDream(phone, 'Een huis met een Giraffemarker');
    await phone.goto('/overview');
    await expect(phone.getByText('Je hebt iets veranderd sinds je deelde. Kijk of je coach de nieuwste versie heeft.')).toBeVisible();
    await phone.getByRole('link', { name: 'Deel met je coach' }).click();
    await phone.getByRole('button', { name: 'Nieuwe versie sturen' }).click();
    await expect(phone.locator('.share-status')).toHaveText(SENT);
    await coach.getByRole('link', { name: 'Jongeren', exact: true }).click();
    await expect(coach.locator('.youngster-line')).toHaveCount(1);
    await coach.goto(itemUrl);
    await expect(coach.locator('.summary-frame')).toContainText('Giraffemarker');
    await expect(coach.locator('.summary-frame')).not.toContainText('Zebramarker');

    // The youngster stops sharing: gone for the coach.
    await phone.getByRole('button', { name: 'Stop met delen' }).click();
    await phone.getByRole('button', { name: 'Ja, stop' }).click();
    await expect(phone.getByRole('button', { name: 'Deel met je coach' })).toBeVisible();
    await coach.getByRole('link', { name: 'Jongeren', exact: true }).click();
    await expect(coach.getByText('Nog niemand deelde iets met jou. Geef je code aan je jongeren.')).toBeVisible();
    await expect(coach.locator('.youngster-line')).toHaveCount(0);
    await coach.goto(itemUrl);
    await expect(coach.getByRole('heading', { level: 1, name: 'Niet meer gedeeld' })).toBeVisible();

    expect(foreign).toEqual([]);
    await coachContext.close();
    await youngsterContext.close();
  });

  test('"delete everything" on the phone removes the coachs copy', async ({ browser }, testInfo) => {
    test.setTimeout(120_000);
    const coachContext = await newContext(browser, testInfo);
    const youngsterContext = await newContext(browser, testInfo);
    const coach = await coachContext.newPage();
    const phone = await youngsterContext.newPage();
    await registerCoach(coach, COACH_NAME);
    const link = (await coach.locator('.share-link a').getAttribute('href'))!;
    await youngsterWithJourney(phone);
    await shareThroughLink(phone, link, COACH_NAME);
    await expect(phone.locator('.share-status')).toHaveText(SENT);
    await coach.getByRole('link', { name: 'Jongeren', exact: true }).click();
    await expect(coach.locator('.youngster-name')).toHaveText(['Robin']);

    await phone.goto('/settings');
    await phone.getByRole('button', { name: 'Alles wissen' }).click();
    await phone.getByRole('button', { name: 'Ja, wis alles' }).click();
    await expect(phone).toHaveURL(/\/$/);
    await coach.getByRole('button', { name: 'Vernieuwen' }).click();
    await expect(coach.getByText('Nog niemand deelde iets met jou. Geef je code aan je jongeren.')).toBeVisible();
    await coachContext.close();
    await youngsterContext.close();
  });

  test('a send while the server is stopped goes out later; the marker reaches the coachs screen but not the servers files', async ({ browser }, testInfo) => {
    test.setTimeout(180_000);
    const server = await OwnServer.create();
    try {
      await server.start();
      const coachContext = await newContext(browser, testInfo, server.url);
      const youngsterContext = await newContext(browser, testInfo, server.url, 'allow');
      const coach = await coachContext.newPage();
      const phone = await youngsterContext.newPage();
      await registerCoach(coach, COACH_NAME);
      const link = (await coach.locator('.share-link a').getAttribute('href'))!;
      await youngsterWithJourney(phone);
      await phone.goto('/map');
      await waitForWorkerControl(phone);
      await typeHousingDream(phone, 'Een huis met een Okapimarker');

      // Everything up to consent, then the server goes away before the youngster says yes.
      const heading = phone.locator('main h1').first();
      await phone.goto(link);
      await phone.getByRole('button', { name: 'Zoek mijn coach' }).click();
      await phone.getByRole('button', { name: 'Ja, dat is mijn coach' }).click();
      await phone.getByRole('button', { name: 'Bekijk wat je coach ziet' }).click();
      await expect(heading).toHaveText('Dit ziet je coach');
      await phone.getByRole('button', { name: 'Verder' }).click();
      await server.stop();
      await phone.getByRole('button', { name: 'Ja, deel het' }).click();
      await expect(phone.locator('.share-status')).toHaveText('Wacht op internet. Het gaat vanzelf als je weer online bent.');

      await server.start();
      await expect(phone.locator('.share-status')).toHaveText(SENT, { timeout: 40_000 });
      await coach.getByRole('link', { name: 'Jongeren', exact: true }).click();
      await coach.locator('.youngster-line a').click();
      await expect(coach.locator('.summary-frame')).toContainText('Okapimarker');

      // The server's SQLite files hold no marker word: the write-ahead log while it runs, the
      // database once it stopped and folded the log in.
      await expectNoWordsIn(server.dataDirectory, ['start-to-can.sqlite3-wal']);
      await server.stop();
      await expectNoWordsIn(server.dataDirectory, ['start-to-can.sqlite3']);
      await coachContext.close();
      await youngsterContext.close();
    } finally {
      await server.dispose();
    }
  });
});

const SCREENS: { name: string; path: (ids: { share: string }) => string; ready: (page: Page) => Promise<void> }[] = [
  { name: 'welcome', path: () => '/coach/', ready: async (p) => void (await expect(p.getByRole('heading', { level: 1, name: 'Welkom, coach' })).toBeVisible()) },
  { name: 'code', path: () => '/coach/code', ready: async (p) => void (await expect(p.locator('.coach-code')).toBeVisible()) },
  { name: 'youngsters', path: () => '/coach/', ready: async (p) => void (await expect(p.locator('.youngster-name')).toHaveCount(2)) },
  { name: 'summary', path: ({ share }) => `/coach/youngster/${share}`, ready: async (p) => void (await expect(p.locator('.island-block')).toHaveCount(3)) },
  { name: 'usage', path: () => '/coach/use', ready: async (p) => void (await expect(p.locator('.usage-table tbody tr')).toHaveCount(7)) },
  { name: 'device', path: () => '/coach/device', ready: async (p) => void (await expect(p.getByRole('form', { name: 'Reservekopie maken' })).toBeVisible()) },
  { name: 'not-found', path: () => '/coach/nergens', ready: async (p) => void (await expect(p.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible()) },
];

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on any coach screen, and they look right at 360×640 and 1280×800: ${scheme}`, async ({ page, request }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/coach/');
    await expect(page.getByRole('heading', { level: 1, name: 'Welkom, coach' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/coach-welcome-${scheme}.png` });
    const code = await registerCoach(page, 'Sanne, Jongerenwerk Noord');
    const key = await publicKeyOf(request, code);
    const share = newShare();
    await putShare(request, code, share, seal(key, summaryJson('Robin', ROBIN)));
    await putShare(request, code, newShare(), seal(key, summaryJson('Yasmine', YASMINE)));
    for (const screen of SCREENS.filter((s) => s.name !== 'welcome')) {
      for (const [size, viewport] of [['', { width: 360, height: 640 }], ['-laptop', LAPTOP]] as const) {
        await page.setViewportSize(viewport);
        await page.goto(screen.path({ share: share.id }));
        await screen.ready(page);
        await expectNoAxeViolations(page);
        await page.screenshot({ path: `${SHOTS}/coach-${screen.name}${size}-${scheme}.png`, fullPage: size === '-laptop' });
      }
    }
    await page.emulateMedia({ colorScheme: null });
  });
}

/** None of the youngster's words, in the clear or as hex, in any file of `dir`; `expected` are there. */
async function expectNoWordsIn(dir: string, expected: string[]) {
  const files = await readdir(dir);
  for (const file of expected) expect(files).toContain(file);
  for (const file of files) {
    const bytes = await readFile(path.join(dir, file));
    for (const word of ['Okapimarker', 'Robin', 'Fietsenmaker']) {
      expect(bytes.includes(Buffer.from(word)), `${word} in ${file}`).toBe(false);
      expect(bytes.includes(Buffer.from(Buffer.from(word).toString('hex'))), `${word} as hex in ${file}`).toBe(false);
    }
  }
}

/** A browser of its own (another device), with the suite's settings. */

/** A second coach, made through the API with a key no browser holds (for "not for you"). */
async function registerCoachThroughApi(request: APIRequestContext): Promise<string> {
  const key = Buffer.alloc(32, 9);
  key[0] = 1;
  const response = await request.post('/api/mailboxes', { data: { kind: 'coach', display_name: 'Een andere coach', public_key: key.toString('base64') } });
  expect(response.status()).toBe(201);
  return (await response.json()).code;
}
