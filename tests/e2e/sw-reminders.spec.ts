// The service worker's reminder part (sw/50-reminders.js), run in Node with a fake worker scope:
// fake `caches`, `clients` and `registration`, and a clock we set. No browser needed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { test, expect } from '@playwright/test';

const SOURCE = path.join(__dirname, '../../sw/50-reminders.js');
const ORIGIN = 'https://stc.example';
const PLAN_KEY = '/__stc/reminder-plan.json';

type Shown = { title: string; options: any };

/** A worker scope with the file loaded; `fire` dispatches an event and waits for its work. */
async function worker(options: { windows?: string[] } = {}) {
  const stores = new Map<string, Map<string, string>>();
  const cacheFor = (name: string) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name)!;
    return {
      match: async (key: string) => (store.has(key) ? new Response(store.get(key)) : undefined),
      put: async (key: string, response: Response) => void store.set(key, await response.text()),
    };
  };
  const shown: Shown[] = [];
  const focused: string[] = [];
  const navigated: string[] = [];
  const opened: string[] = [];
  const badges: number[] = [];
  const listeners: Record<string, (event: any) => void> = {};
  const clock = { now: Date.parse('2026-11-24T12:00:00Z') };
  const windows = (options.windows ?? []).map((url) => ({
    url,
    focus: async function () {
      focused.push(url);
      return this;
    },
    navigate: async (to: string) => void navigated.push(to),
  }));
  const self = {
    location: { origin: ORIGIN },
    navigator: { setAppBadge: async () => void badges.push(1) },
    registration: { showNotification: async (title: string, options: any) => void shown.push({ title, options }) },
    clients: {
      matchAll: async () => windows,
      openWindow: async (url: string) => void opened.push(url),
    },
    addEventListener: (type: string, listener: (event: any) => void) => (listeners[type] = listener),
  };
  const context = vm.createContext({
    self,
    caches: { open: async (name: string) => cacheFor(name) },
    Response,
    URL,
    JSON,
    Date: { now: () => clock.now },
  });
  vm.runInContext(await readFile(SOURCE, 'utf8'), context, { filename: 'sw/50-reminders.js' });

  async function fire(type: string, event: any) {
    const work: Promise<unknown>[] = [];
    listeners[type]?.({ ...event, waitUntil: (p: Promise<unknown>) => work.push(p) });
    await Promise.all(work);
  }
  const plan = () => {
    const raw = stores.get('stc-reminders')?.get(PLAN_KEY);
    return raw === undefined ? undefined : JSON.parse(raw);
  };
  const writePlan = (value: unknown) => cacheFor('stc-reminders').put(PLAN_KEY, new Response(JSON.stringify(value)));
  return { fire, plan, writePlan, shown, focused, navigated, opened, badges, clock, listeners };
}

const at = (iso: string) => Date.parse(iso);

function aPlan(overrides: object = {}) {
  return {
    version: 1,
    times: [at('2026-11-23T15:00:00Z'), at('2026-11-24T11:00:00Z'), at('2026-11-25T15:00:00Z')],
    title: 'Start To Can',
    body: 'Tijd voor Start To Can!',
    url: '/exercise/wonen_nu',
    last_shown: at('2026-11-23T10:00:00Z'),
    ...overrides,
  };
}

test('the worker listens for periodic sync and notification clicks', async () => {
  const sw = await worker();
  expect(Object.keys(sw.listeners).sort()).toEqual(['notificationclick', 'periodicsync']);
});

test('without a plan a periodic sync shows nothing', async () => {
  const sw = await worker();
  await sw.fire('periodicsync', { tag: 'stc-reminder' });
  expect(sw.shown).toEqual([]);
});

test('a periodic sync shows one notification for the latest missed reminder and records it', async () => {
  const sw = await worker();
  await sw.writePlan(aPlan());
  await sw.fire('periodicsync', { tag: 'stc-reminder' });
  expect(sw.shown).toHaveLength(1);
  expect(sw.shown[0].title).toBe('Start To Can');
  expect(sw.shown[0].options).toMatchObject({
    body: 'Tijd voor Start To Can!',
    tag: 'stc-reminder',
    data: { url: '/exercise/wonen_nu' },
  });
  expect(sw.plan().last_shown).toBe(sw.clock.now);
  expect(sw.badges).toHaveLength(1);

  // The next wake-up, the same day: nothing new is due, so nothing is shown again.
  sw.clock.now += 60 * 60 * 1000;
  await sw.fire('periodicsync', { tag: 'stc-reminder' });
  expect(sw.shown).toHaveLength(1);

  // After the next reminder time, one more.
  sw.clock.now = at('2026-11-26T08:00:00Z');
  await sw.fire('periodicsync', { tag: 'stc-reminder' });
  expect(sw.shown).toHaveLength(2);
});

test('a reminder already seen in the app, or still to come, is not shown', async () => {
  const sw = await worker();
  await sw.writePlan(aPlan({ last_shown: at('2026-11-24T11:30:00Z') }));
  await sw.fire('periodicsync', { tag: 'stc-reminder' });
  expect(sw.shown).toEqual([]);
  await sw.writePlan(aPlan({ times: [at('2026-11-25T15:00:00Z')], last_shown: null }));
  await sw.fire('periodicsync', { tag: 'stc-reminder' });
  expect(sw.shown).toEqual([]);
});

test('another sync tag, an unknown plan version or a damaged plan shows nothing', async () => {
  const sw = await worker();
  await sw.writePlan(aPlan());
  await sw.fire('periodicsync', { tag: 'something-else' });
  await sw.writePlan(aPlan({ version: 99 }));
  await sw.fire('periodicsync', { tag: 'stc-reminder' });
  await sw.writePlan('not a plan');
  await sw.fire('periodicsync', { tag: 'stc-reminder' });
  expect(sw.shown).toEqual([]);
});

const click = (url: string | undefined, tag = 'stc-reminder') => {
  const notification = { tag, data: url === undefined ? undefined : { url }, closed: false, close() { this.closed = true; } };
  return { notification };
};

test('clicking the notification focuses the open app and takes it to the link', async () => {
  const sw = await worker({ windows: [`${ORIGIN}/map`] });
  const event = click('/exercise/wonen_nu');
  await sw.fire('notificationclick', event);
  expect(sw.focused).toEqual([`${ORIGIN}/map`]);
  expect(sw.navigated).toEqual([`${ORIGIN}/exercise/wonen_nu`]);
  expect(sw.opened).toEqual([]);
});

test('clicking the notification with no app open opens it at the link, or the map', async () => {
  const sw = await worker();
  await sw.fire('notificationclick', click('/exercise/wonen_nu'));
  await sw.fire('notificationclick', click(undefined));
  expect(sw.opened).toEqual([`${ORIGIN}/exercise/wonen_nu`, `${ORIGIN}/map`]);
});

test('a click on another notification is left to its own handler', async () => {
  const sw = await worker();
  await sw.fire('notificationclick', click('/map', 'update-ready'));
  expect(sw.opened).toEqual([]);
});
