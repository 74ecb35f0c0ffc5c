// A stc-server of a test's own, so that the test can stop it ("no internet") and start it again on
// the same origin. It serves STC_DIST_DIR (or a copy of it) from a fresh data directory.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';

const SERVER_BIN = process.env.STC_SERVER_BIN ?? path.resolve(__dirname, '../../target/debug/stc-server');
export const DIST_DIR = process.env.STC_DIST_DIR ?? path.resolve(__dirname, '../../dist');

export class OwnServer {
  private child: ChildProcess | null = null;

  private constructor(
    readonly port: number,
    readonly distDir: string,
    private readonly dataDir: string,
    private readonly options: ServerOptions,
  ) {}

  /** A server on a free port of 127.0.0.1 for `distDir`; call `start()`. */
  static async create(distDir = DIST_DIR, options: ServerOptions = {}): Promise<OwnServer> {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'stc-own-server-'));
    return new OwnServer(await freePort(), distDir, dataDir, options);
  }

  /** A server for a copy of the built app, which the test may change (a "new build"). */
  static async withCopyOfDist(): Promise<OwnServer> {
    const copy = await mkdtemp(path.join(tmpdir(), 'stc-dist-copy-'));
    await cp(DIST_DIR, copy, { recursive: true });
    return OwnServer.create(copy);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Where this server keeps its database (to look into its files). */
  get dataDirectory(): string {
    return this.dataDir;
  }

  async start(): Promise<void> {
    const args = ['--host', '127.0.0.1', '--port', String(this.port), '--data-dir', this.dataDir, '--dist-dir', this.distDir];
    if (this.options.requireRegistrationToken) args.push('--require-registration-token', 'true');
    const child = spawn(SERVER_BIN, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    this.child = child;
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`stc-server stopped at once: ${stderr}`);
      try {
        if ((await fetch(`${this.url}/api/health`)).ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`stc-server did not answer on ${this.url}: ${stderr}`);
  }

  /** Stops the server process entirely: from now on the phone has no internet. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }

  /** A new one-time token for registering a coach, as the server's operator makes one. */
  async registrationToken(): Promise<string> {
    return new Promise((resolve, reject) =>
      execFile(SERVER_BIN, ['registration-tokens', '--count', '1', '--data-dir', this.dataDir], (error, stdout) =>
        error ? reject(error) : resolve(stdout.trim()),
      ),
    );
  }

  /** Stops the server and removes its data (and the dist copy, if it made one). */
  async dispose(): Promise<void> {
    await this.stop();
    await rm(this.dataDir, { recursive: true, force: true });
    if (this.distDir !== DIST_DIR) await rm(this.distDir, { recursive: true, force: true });
  }
}

export type ServerOptions = {
  /** Coaches need a registration token (`--require-registration-token true`). */
  requireRegistrationToken?: boolean;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Waits until a service worker controls the page (everything is cached by then). Its install
 * fetches the whole precache, which took over 20 s once on this 2-core machine under load. */
export async function waitForWorkerControl(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
}

/** The CSP violations seen by the page since it loaded (see `recordCspViolations`). */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as any).__cspViolations ?? []);
}

/** Makes every page of the context record `securitypolicyviolation` events. */
export async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    (window as any).__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as any).__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}
