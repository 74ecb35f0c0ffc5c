// Reminders (issue 5): set one on /reminders, see it as a banner when it is due (once, with a
// link to carry on), as a notification while the app runs, and as a calendar file. The phone's
// clock is Playwright's, in Brussels.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, open, storedState, STORAGE_KEY } from './fixtures';

test.use({ timezoneId: 'Europe/Brussels' });

/** Monday 23 November 2026, 10:00 in Brussels. */
const MONDAY_10 = new Date('2026-11-23T10:00:00+01:00');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Starts the app at `MONDAY_10` with `exercise` as the exercise opened last. */
async function startWithLastExercise(page: Page, exercise = 'wonen_nu') {
  await page.clock.install({ time: MONDAY_10 });
  await open(page, '/map');
  await page.evaluate(
    ([key, exercise]) => {
      const raw = localStorage.getItem(key);
      const doc = raw ? JSON.parse(raw) : { schema_version: 2, state: {} };
      doc.state.journey = { ...(doc.state.journey ?? {}), last_opened: { exercise, on: '2026-11-23' } };
      localStorage.setItem(key, JSON.stringify(doc));
    },
    [STORAGE_KEY, exercise],
  );
}

async function openReminders(page: Page) {
  await open(page, '/reminders');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Herinnering');
}

async function switchOn(page: Page) {
  await page.getByRole('switch', { name: 'Herinnering aan' }).check();
  await expect(page.locator('.next-reminder')).toBeVisible();
}

/** Closes the app, lets the phone's clock jump to `time`, and opens the app at `path`. (With the
 * app left open, its own timer would show the reminder before the jump is over.) */
async function reopenAt(page: Page, time: Date, path: string) {
  await page.goto('about:blank');
  await page.clock.setSystemTime(time);
  await open(page, path);
}

const reminders = async (page: Page) => (await storedState(page)).state.reminders;
const banner = (page: Page) => page.locator('.reminder-banner');

test('a reminder set for tomorrow shows as a banner that continues the last exercise', async ({ page, watch }) => {
  await startWithLastExercise(page);
  await openReminders(page);
  await switchOn(page);
  await page.getByRole('radio', { name: 'Eén keer' }).check();
  await page.getByLabel('Over hoeveel dagen?').fill('1');
  await page.getByLabel('Hoe laat?').fill('16:00');
  await expect(page.locator('.next-reminder')).toHaveText('Volgende herinnering: dinsdag 24 november om 16:00');
  expect((await reminders(page)).schedule).toEqual({ kind: 'once', at: '2026-11-24T16:00:00' });
  await expect(banner(page)).toHaveCount(0);

  // The app is closed, and opened again on Tuesday evening.
  await reopenAt(page, new Date('2026-11-24T18:00:00+01:00'), '/reminders');
  await expect(banner(page)).toContainText('Tijd voor Start To Can!');
  const carryOn = banner(page).getByRole('link', { name: 'Ga verder' });
  await expect(carryOn).toHaveAttribute('href', '/exercise/wonen_nu');
  await carryOn.click();
  await expect(page).toHaveURL(/\/exercise\/wonen_nu$/);
  // The exercise itself opens, where it was left.
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn plek nu' })).toBeVisible();
  await expect(page.getByText('Vraag 1 van 4')).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('a missed reminder shows once, and not again after closing it', async ({ page }) => {
  await startWithLastExercise(page);
  await openReminders(page);
  await switchOn(page); // every Wednesday at 16:00
  // A week and a half later: two Wednesdays were missed; one banner.
  await reopenAt(page, new Date('2026-12-03T20:00:00+01:00'), '/map');
  await expect(banner(page)).toHaveCount(1);
  expect((await reminders(page)).last_acknowledged).toMatch(/^2026-12-03T19:/);
  await banner(page).getByRole('button', { name: 'Sluiten' }).click();
  await expect(banner(page)).toHaveCount(0);
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
});

test('with the last exercise finished, "Ga verder" goes to the map', async ({ page }) => {
  await startWithLastExercise(page);
  await page.evaluate((key) => {
    const doc = JSON.parse(localStorage.getItem(key)!);
    doc.state.journey.finished = { wonen_nu: '2026-11-23' };
    localStorage.setItem(key, JSON.stringify(doc));
  }, STORAGE_KEY);
  await openReminders(page);
  await switchOn(page);
  await reopenAt(page, new Date('2026-11-25T16:05:00+01:00'), '/overview');
  await expect(banner(page).getByRole('link', { name: 'Ga verder' })).toHaveAttribute('href', '/map');
});

test('a reminder that falls due while the app runs also comes as a notification', async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  // Both ways of showing one are recorded: from the page, and through the service worker.
  await page.addInitScript(() => {
    const seen: object[] = [];
    (window as any).__notifications = seen;
    const Real = window.Notification;
    class Recorded extends Real {
      constructor(title: string, options?: NotificationOptions) {
        seen.push({ via: 'page', title, ...options });
        super(title, options);
      }
    }
    (window as any).Notification = Recorded;
    const show = ServiceWorkerRegistration.prototype.showNotification;
    ServiceWorkerRegistration.prototype.showNotification = function (title, options) {
      seen.push({ via: 'worker', title, ...options });
      return show.call(this, title, options);
    };
  });
  await startWithLastExercise(page);
  await openReminders(page);
  await switchOn(page);
  await page.getByRole('checkbox', { name: 'maandag' }).check();
  await page.getByRole('checkbox', { name: 'woensdag' }).uncheck();
  await page.getByLabel('Hoe laat?').fill('10:30');
  await expect(page.locator('.next-reminder')).toHaveText('Volgende herinnering: maandag 23 november om 10:30');
  await page.getByRole('switch', { name: 'Ook een melding op deze gsm' }).check();
  await expect(page.getByText('Meldingen staan aan.')).toBeVisible();
  expect((await reminders(page)).notify).toBe(true);
  const notifications = () => page.evaluate(() => (window as any).__notifications);
  expect(await notifications()).toEqual([]);

  await page.clock.fastForward('31:00');
  await expect(banner(page)).toContainText('Tijd voor Start To Can!');
  await expect.poll(notifications).toHaveLength(1);
  expect((await notifications())[0]).toMatchObject({
    title: 'Start To Can',
    body: 'Tijd voor Start To Can!',
    tag: 'stc-reminder',
    data: { url: '/exercise/wonen_nu' },
  });
  await expect(page.locator('.next-reminder')).toHaveText('Volgende herinnering: maandag 30 november om 10:30');
});

test('refused notifications get a clear message and the reminder stays on', async ({ page }) => {
  await startWithLastExercise(page);
  await openReminders(page);
  await switchOn(page);
  await page.getByRole('switch', { name: 'Ook een melding op deze gsm' }).check();
  await expect(page.getByText('Je gsm staat geen meldingen toe.')).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Ook een melding op deze gsm' })).not.toBeChecked();
  const stored = await reminders(page);
  expect(stored.enabled).toBe(true);
  expect(stored.notify).toBe(false);
});

test('the calendar file repeats weekly and rings', async ({ page }) => {
  await startWithLastExercise(page);
  await openReminders(page);
  await switchOn(page);
  await page.getByRole('checkbox', { name: 'maandag' }).check();
  await page.getByLabel('Hoe laat?').fill('16:30');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Zet in mijn agenda' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('start-to-can-herinnering.ics');
  const ics = (await readFile(await download.path(), 'utf8')).replace(/\r\n /g, '');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics).toContain('\r\nDTSTART:20261123T163000\r\n');
  expect(ics).toContain('\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE\r\n');
  expect(ics).toContain('\r\nSUMMARY:Tijd voor Start To Can!\r\n');
  expect(ics).toContain('\r\nBEGIN:VALARM\r\n');
  expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  await expect(page.getByText('Open het bestand.')).toBeVisible();
});

test('bad input gets a message and the last good reminder stays', async ({ page }) => {
  await startWithLastExercise(page);
  await openReminders(page);
  await switchOn(page);
  const good = await reminders(page);
  expect(good.schedule).toEqual({ kind: 'weekly', days: ['Wed'], time: '16:00:00' });

  await page.getByRole('checkbox', { name: 'woensdag' }).uncheck();
  await expect(page.getByRole('alert').filter({ hasText: 'Kies minstens één dag.' })).toHaveText(
    'Kies minstens één dag. Je vorige herinnering blijft bewaard.',
  );
  await expect(page.locator('.next-reminder')).toHaveText('Volgende herinnering: woensdag 25 november om 16:00');
  expect((await reminders(page)).schedule).toEqual(good.schedule);

  await page.getByRole('radio', { name: 'Eén keer' }).check();
  await page.getByLabel('Over hoeveel dagen?').fill('99');
  await expect(page.getByText('Kies een getal van 1 tot 60.')).toBeVisible();
  await page.getByLabel('Over hoeveel dagen?').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'target/screenshots/reminders-once-light.png' });
  await page.getByLabel('Over hoeveel dagen?').fill('2');
  await expect(page.getByText('Kies een getal van 1 tot 60.')).toHaveCount(0);
  await page.getByLabel('Hoe laat?').fill('');
  await expect(page.getByText('Kies een tijd, bijvoorbeeld 16:00.')).toBeVisible();
  expect((await reminders(page)).schedule).toEqual({ kind: 'once', at: '2026-11-25T16:00:00' });
});

test('an own text is kept, with its length shown; switching off is one tap', async ({ page }) => {
  await startWithLastExercise(page);
  await openReminders(page);
  await switchOn(page);
  await page.getByText('Wat zegt de herinnering?').first().click();
  await page.getByRole('radio', { name: 'Heb je vijf minuten? Eén oefening is genoeg.' }).check();
  expect((await reminders(page)).message).toEqual({ preset: 'five_minutes' });
  await page.getByRole('radio', { name: 'Mijn eigen tekst' }).check();
  const own = page.getByLabel('Jouw tekst');
  await own.fill('Bel de jobcoach');
  await expect(page.getByText('15 van de 80 tekens')).toBeVisible();
  expect((await reminders(page)).message).toEqual({ own: 'Bel de jobcoach' });
  await own.fill('x'.repeat(81));
  await expect(page.getByText('Dat is te lang. Gebruik hoogstens 80 tekens.')).toBeVisible();
  expect((await reminders(page)).message).toEqual({ own: 'Bel de jobcoach' });

  await page.getByRole('switch', { name: 'Herinnering aan' }).uncheck();
  await expect(page.getByText('Je krijgt nu geen herinnering.')).toBeVisible();
  expect((await reminders(page)).enabled).toBe(false);
  await page.getByRole('link', { name: 'Terug naar instellingen' }).click();
  await expect(page.getByRole('heading', { name: 'Herinnering' })).toBeVisible();
  await expect(page.getByText('Je krijgt nu geen herinnering.')).toBeVisible();
});

test('settings show the next reminder and lead to /reminders', async ({ page }) => {
  await startWithLastExercise(page);
  await openReminders(page);
  await switchOn(page);
  await open(page, '/settings');
  await expect(page.getByText('Volgende herinnering: woensdag 25 november om 16:00')).toBeVisible();
  await page.getByRole('link', { name: 'Herinnering instellen' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'target/screenshots/settings-reminder-light.png' });
  await page.getByRole('link', { name: 'Herinnering instellen' }).click();
  await expect(page).toHaveURL(/\/reminders$/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violations on /reminders and the banner, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await startWithLastExercise(page);
    await openReminders(page);
    await page.screenshot({ path: `target/screenshots/reminders-off-${scheme}.png` });
    await switchOn(page);
    await page.screenshot({ path: `target/screenshots/reminders-${scheme}.png` });
    let results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

    await page.getByRole('checkbox', { name: 'woensdag' }).uncheck();
    await page.getByText('Wat zegt de herinnering?').first().click();
    await page.getByRole('radio', { name: 'Mijn eigen tekst' }).check();
    await page.getByLabel('Jouw tekst').fill('Even oefenen, jij kan dit!');
    await page.getByRole('checkbox', { name: 'woensdag' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `target/screenshots/reminders-error-${scheme}.png` });
    await page.getByLabel('Jouw tekst').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `target/screenshots/reminders-text-${scheme}.png` });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.screenshot({ path: `target/screenshots/reminders-end-${scheme}.png` });
    results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);

    await reopenAt(page, new Date('2026-11-25T16:05:00+01:00'), '/map');
    await expect(banner(page)).toBeVisible();
    await page.screenshot({ path: `target/screenshots/reminder-banner-${scheme}.png` });
    results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}
