// Shared by the bench scripts: our own stc-server (STC_SERVER_BIN, for STC_DIST_DIR) on a free
// port on 127.0.0.1 with a fresh data directory, and a state with a full journey in it.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const STORAGE_KEY = 'start-to-can.state';

/** Starts the server; `stop()` ends it (again is fine) and removes its data. */
export async function startServer() {
  const serverBin = process.env.STC_SERVER_BIN;
  const distDir = process.env.STC_DIST_DIR;
  if (!serverBin || !distDir) throw new Error('set STC_SERVER_BIN and STC_DIST_DIR');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'stc-bench-'));
  const port = await freePort();
  const child = spawn(serverBin, ['--host', '127.0.0.1', '--port', String(port), '--data-dir', dataDir, '--dist-dir', distDir], {
    stdio: 'ignore',
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  for (let tries = 0; tries < 150; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return { port, url: `http://127.0.0.1:${port}`, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error('stc-server did not start');
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** One answer that fits `input` (a question's input in the content pack). */
function answerFor(input) {
  const first = (list) => list[0].id;
  switch (input.type) {
    case 'single_choice':
      return { type: 'single_choice', choice: first(input.choices) };
    case 'multiple_choice':
      return { type: 'multiple_choice', choices: input.choices.slice(0, 2).map((c) => c.id) };
    case 'faces':
      return { type: 'faces', value: 4 };
    case 'scale':
      return { type: 'scale', value: 7 };
    case 'card_sort':
      return { type: 'card_sort', important: input.cards.slice(0, 3).map((c) => c.id), not_now: input.cards.slice(3, 5).map((c) => c.id) };
    case 'people':
      return { type: 'people', people: [1, 2] };
    case 'first_step':
      return { type: 'first_step', what: { suggestion: first(input.suggestions) }, with: [1], by: '2026-12-20' };
    case 'text':
      return { type: 'text', text: 'Samen met Sam koken op zondag, en daarna een film kijken.' };
    default:
      throw new Error(`the bench does not know the question type ${input.type}`);
  }
}

/**
 * The stored document of a youngster far along: an avatar, two people, every exercise of the
 * Dutch pack answered and finished but `openExercise`, which is opened at its first question.
 */
export function fullJourneyState(openExercise) {
  const pack = JSON.parse(readFileSync(new URL('../content/nl.json', import.meta.url), 'utf8'));
  const journey = {
    answers: {},
    positions: {},
    opened: [],
    finished: {},
    people: [
      { id: 1, name: 'Sam', relation: 'vriend' },
      { id: 2, name: 'Mama', relation: 'ouder' },
    ],
    avatar: {
      nickname: 'Robin',
      presentation: 'girl',
      skin: 'medium',
      hair: 'short',
      hair_colour: 'dark_brown',
      top_colour: 'purple',
      bottom_colour: 'blue',
      accessories: ['wheelchair'],
    },
    unlocked: [],
    discoveries_seen: [],
    evaluations: {},
  };
  for (const island of pack.islands) {
    for (const exercise of island.exercises) {
      journey.opened.push(exercise.id);
      if (exercise.id === openExercise) {
        journey.positions[exercise.id] = 0;
        continue;
      }
      journey.answers[exercise.id] = Object.fromEntries(exercise.questions.map((q) => [q.id, answerFor(q.input)]));
      journey.positions[exercise.id] = exercise.questions.length;
      journey.finished[exercise.id] = '2026-11-20';
    }
    journey.evaluations[island.id] = 6;
  }
  journey.last_opened = { exercise: openExercise, on: '2026-11-23' };
  // The current schema: a migration must not move the positions built from the current pack.
  return { schema_version: 3, state: { settings: { language: 'nl' }, welcomed: true, journey } };
}
