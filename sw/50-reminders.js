// Reminders in the service worker (DESIGN §6, layer 3).
//
// - `notificationclick`: focus an open app window and take it to the reminder's link
//   (`event.notification.data.url`), or open the app there.
// - `periodicsync` with tag `stc-reminder` (installed Chromium apps, about twice a day at best):
//   read the plan the page keeps in Cache Storage and show one notification for a reminder
//   that fell due and was not shown yet.
//
// The plan (written by the page, see `stc_core::reminders::NotificationPlan`), in the cache
// `stc-reminders` under `/__stc/reminder-plan.json`:
//   {"version":1,"times":[<UTC ms>…],"title":"…","body":"…","url":"/exercise/…","last_shown":<ms>|null}
// The worker shows the latest time in (last_shown, now] — one notification however long the
// phone slept — and records it by writing `last_shown` back. No plan: nothing to show.

const REMINDER_CACHE = 'stc-reminders';
const REMINDER_PLAN_KEY = '/__stc/reminder-plan.json';
const REMINDER_SYNC_TAG = 'stc-reminder';
const REMINDER_PLAN_VERSION = 1;

/** The plan, or null when there is none or it cannot be read. */
async function readReminderPlan() {
  const cache = await caches.open(REMINDER_CACHE);
  const response = await cache.match(REMINDER_PLAN_KEY);
  if (!response) return null;
  try {
    const plan = await response.json();
    if (plan?.version !== REMINDER_PLAN_VERSION || !Array.isArray(plan.times)) return null;
    return plan;
  } catch {
    return null;
  }
}

async function writeReminderPlan(plan) {
  const cache = await caches.open(REMINDER_CACHE);
  await cache.put(
    REMINDER_PLAN_KEY,
    new Response(JSON.stringify(plan), { headers: { 'Content-Type': 'application/json' } }),
  );
}

/** The latest reminder time in (lastShown, now], or null. */
function dueReminderTime(plan, now) {
  const lastShown = typeof plan.last_shown === 'number' ? plan.last_shown : -Infinity;
  let due = null;
  for (const time of plan.times) {
    if (typeof time === 'number' && time > lastShown && time <= now && (due === null || time > due)) {
      due = time;
    }
  }
  return due;
}

/** Shows the due reminder, if any, once. */
async function showDueReminder(now = Date.now()) {
  const plan = await readReminderPlan();
  if (!plan) return;
  const due = dueReminderTime(plan, now);
  if (due === null) return;
  // Recorded first: a failing notification must not turn into a notification at every wake-up.
  await writeReminderPlan({ ...plan, last_shown: now });
  await self.registration.showNotification(plan.title || 'Start To Can', {
    body: plan.body || '',
    tag: REMINDER_SYNC_TAG,
    icon: '/icons/icon-192.png',
    data: { url: plan.url || '/map' },
  });
  if (self.navigator && typeof self.navigator.setAppBadge === 'function') {
    await self.navigator.setAppBadge().catch(() => {});
  }
}

/** Focuses an open window of the app (taking it to `url`) or opens one there. */
async function openReminderLink(url) {
  const target = new URL(url || '/map', self.location.origin).href;
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const mine = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (mine) {
    const focused = await mine.focus();
    if ('navigate' in (focused || mine)) {
      await (focused || mine).navigate(target).catch(() => {});
    }
    return;
  }
  await self.clients.openWindow(target);
}

self.addEventListener('periodicsync', (event) => {
  if (event.tag !== REMINDER_SYNC_TAG) return;
  event.waitUntil(showDueReminder().catch(() => {}));
});

self.addEventListener('notificationclick', (event) => {
  if (event.notification.tag !== REMINDER_SYNC_TAG) return;
  event.notification.close();
  event.waitUntil(openReminderLink(event.notification.data && event.notification.data.url));
});
