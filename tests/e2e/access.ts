// Helpers for the accessibility specs: how the app looks (theme, contrast, text size, set as
// the youngster would have saved them), a saved journey to look at, axe-core, the keyboard,
// and a stand-in for the phone's speech synthesis.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, open, STORAGE_KEY } from './fixtures';
import { pack } from './journey-steps';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type Looks = {
  theme: 'light' | 'dark';
  highContrast: boolean;
  textSize: 'normal' | 'large' | 'extra_large';
};

export const LOOKS: Record<string, Looks> = {
  'light-xl': { theme: 'light', highContrast: false, textSize: 'extra_large' },
  'dark-xl': { theme: 'dark', highContrast: false, textSize: 'extra_large' },
  'contrast-light-xl': { theme: 'light', highContrast: true, textSize: 'extra_large' },
  'contrast-dark-xl': { theme: 'dark', highContrast: true, textSize: 'extra_large' },
  'contrast-light': { theme: 'light', highContrast: true, textSize: 'normal' },
};

/** The first exercise of the Dutch pack with a question of each type, and that question's place. */
export function firstOfEachType(): Record<string, [string, number]> {
  const found: Record<string, [string, number]> = {};
  for (const island of pack.islands) {
    for (const exercise of island.exercises) {
      exercise.questions.forEach((question, index) => {
        found[question.input.type] ??= [exercise.id, index];
      });
    }
  }
  return found;
}

/** The saved journey of the schema-3 fixture (answers, people, avatar, a reminder), in Dutch,
 * with the given looks, each question type open somewhere, every free-time exercise done so
 * that island asks its evaluation, and no reminder due. */
export function journeyDocument(looks: Looks, welcomed = true) {
  const doc = JSON.parse(readFileSync(join(__dirname, '../../crates/core/tests/fixtures/schema-v3.json'), 'utf8'));
  doc.state.welcomed = welcomed;
  doc.state.settings = { language: 'nl', theme: looks.theme, high_contrast: looks.highContrast, text_size: looks.textSize };
  // The reminder is on, but its last one was seen just now: no banner over every screen.
  doc.state.reminders.last_acknowledged = new Date().toISOString();
  const journey = doc.state.journey;
  for (const [exercise, index] of Object.values(firstOfEachType())) journey.positions[exercise] = index;
  for (const exercise of pack.islands.find((i) => i.id === 'vrije_tijd')!.exercises) {
    journey.finished[exercise.id] = '2026-11-23';
  }
  return doc;
}

/** Saves `doc` as the app's data, as if the youngster had used the app before. */
export async function seed(page: Page, doc: object) {
  await open(page, '/coach');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, JSON.stringify(doc)]);
}

/** axe-core on the page as it is: no violations of WCAG 2.2 A and AA; with `enhanced`, also
 * none of the AAA contrast rule (7:1 for text), which high contrast promises. */
export async function expectNoAxeViolations(page: Page, enhanced = false) {
  // One run: the AAA rules come along only to pick out the contrast one.
  const results = await new AxeBuilder({ page }).withTags(enhanced ? [...AXE_TAGS, 'wcag2aaa'] : AXE_TAGS).analyze();
  const counted = results.violations.filter((v) => v.tags.some((t) => AXE_TAGS.includes(t)) || v.id === 'color-contrast-enhanced');
  expect(counted.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target} ${n.any[0]?.message ?? ''}`).join(', ')}`)).toEqual([]);
}

/** Whether `locator` has the keyboard focus. */
export async function isFocused(locator: Locator) {
  return locator.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** Presses `key` (Tab or Shift+Tab) until `target` has the focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 60) {
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  expect(await isFocused(target), `${target} never got the focus with ${key}`).toBe(true);
}

/** The element that has the focus, described for a message. */
export async function focused(page: Page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    return e ? `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).split(' ').join('.') : ''} "${(e.textContent ?? '').trim().slice(0, 40)}"` : 'nothing';
  });
}

export type FakeVoice = { name: string; lang: string; localService: boolean; default?: boolean };

/** Replaces the page's speech synthesis by a recorder, before the app starts: `voices` are the
 * phone's voices (or, with `later`, they come a moment after the page opened, with a
 * `voiceschanged` event, as on Chrome); every text said lands in `window.__spoken`, and
 * `window.__endSpeech()` plays the end of the voice. */
export async function recordSpeech(page: Page, voices: FakeVoice[], later = false) {
  await page.addInitScript(
    ([voices, later]) => {
      const w = window as any;
      w.__spoken = [];
      w.__cancelled = 0;
      let current: any = null;
      let list: any[] = later ? [] : voices;
      const listeners: Function[] = [];
      class Utterance {
        text: string;
        lang = '';
        voice: any = null;
        onend: any = null;
        onerror: any = null;
        constructor(text: string) {
          this.text = text;
        }
      }
      const synthesis = {
        get speaking() {
          return current !== null;
        },
        pending: false,
        paused: false,
        getVoices: () => list,
        speak(u: any) {
          w.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
          current = u;
        },
        cancel() {
          w.__cancelled += 1;
          const u = current;
          current = null;
          u?.onerror?.({ error: 'interrupted' });
        },
        pause() {},
        resume() {},
        addEventListener(type: string, f: Function) {
          if (type === 'voiceschanged') listeners.push(f);
        },
        removeEventListener() {},
      };
      w.__endSpeech = () => {
        const u = current;
        current = null;
        u?.onend?.({});
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      if (later) {
        setTimeout(() => {
          list = voices;
          listeners.forEach((f) => f(new Event('voiceschanged')));
        }, 300);
      }
    },
    [voices, later] as const,
  );
}

/** What the recorder heard. */
export async function spoken(page: Page): Promise<{ text: string; lang: string; voice: string | null }[]> {
  return page.evaluate(() => (window as any).__spoken);
}
