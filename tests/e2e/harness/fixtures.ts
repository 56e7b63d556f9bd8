import {
  test as base,
  chromium,
  expect,
  type Browser,
  type Locator,
  type Page,
} from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../../electron/core/createCore';
import { forwardingListener } from '../../../electron/core/jobs/throttleProgress';
import { createClient, type CasefileApi } from '../../../shared/ipc/client';
import { eventKeys } from '../../../shared/ipc/contract';
import { bridgeScript } from './buildBridge';
import { isAllowedRequest } from './requests';
import { startStaticServer, type StaticServer } from './staticServer';

const RENDERER = path.resolve(__dirname, '../../../out/renderer');
/** The PDF text worker from source, as the CLI and the integration tests run it. */
const PDF_WORKER = path.resolve(
  __dirname,
  '../../../electron/core/workers/pdfText/pdfTextWorker.ts',
);

export interface Harness {
  origin: string;
  /** The real core behind the page, for seeding and for acting as the OS would (idle lock). */
  core: Core;
  /** The same typed client the app uses, straight onto the core (no page involved). */
  api: CasefileApi;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Stops forwarding core events to the page, to prove the VAULT_LOCKED fallback alone. */
  muteEvents(): void;
  /** Console errors matching this are expected by the test (e.g. a provoked CSP report). */
  allowConsoleError(pattern: RegExp): void;
  /** What the next "open documents" dialogs answer, as if the lawyer picked these paths. */
  answerOpenDocuments(paths: string[]): void;
  /** What the next "save file" dialogs answer; null is a cancelled dialog. */
  answerSaveFile(path: string | null): void;
  /** What the next "open text file" dialogs answer (a Markdown file to import); null cancels. */
  answerOpenText(path: string | null): void;
  /** What the next "open dossier ZIP" dialogs answer (a dossier to verify); null cancels. */
  answerOpenDossier(path: string | null): void;
  /** What the "choose a backup" dialog answers next (null: cancelled). */
  answerOpenBackup(path: string | null): void;
  /** Loads the app; seed the core first when a test needs a vault or cases to exist. */
  openApp(): Promise<void>;
  /**
   * Drops files and folders on `target` as the file manager would: real File objects (named by
   * their base name) in a DataTransfer, dispatched as dragenter, dragover and drop, and the
   * page's `casefileFiles.pathForFile` answering each one's absolute path, as the preload does.
   * Resolves to whether the page cancelled the drop's default action (which, for a real drop,
   * is the browser opening the file in place of the app).
   */
  dropFiles(target: Locator, paths: string[]): Promise<boolean>;
  /** The same drag, stopped before the drop (dragenter and dragover only): the overlay shows. */
  dragFilesOver(target: Locator, paths: string[]): Promise<boolean>;
}

/** Bytes travel into the page only for small files; the app reads paths, never the File's bytes. */
const DROPPED_BYTES_LIMIT = 256 * 1024;

interface DraggedFile {
  path: string;
  name: string;
  base64: string;
  type: string;
}

function describeDragged(paths: string[]): DraggedFile[] {
  return paths.map((filePath) => {
    const absolute = path.resolve(filePath);
    const stat = fs.statSync(absolute);
    const small = stat.isFile() && stat.size <= DROPPED_BYTES_LIMIT;
    return {
      path: absolute,
      name: path.basename(absolute),
      base64: small ? fs.readFileSync(absolute).toString('base64') : '',
      // As Chromium reports a folder: a File with no type.
      type: stat.isFile() && absolute.toLowerCase().endsWith('.pdf') ? 'application/pdf' : '',
    };
  });
}

async function dispatchFileDrag(
  target: Locator,
  paths: string[],
  events: readonly ('dragenter' | 'dragover' | 'drop')[],
): Promise<boolean> {
  return target.evaluate(
    (element, { files, types }) => {
      const registry = window.__casefileDroppedPaths;
      if (!registry) throw new Error('The e2e bridge (casefileFiles) is not installed');
      const transfer = new DataTransfer();
      for (const file of files) {
        const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
        const dropped = new File([bytes], file.name, { type: file.type });
        registry.set(dropped, file.path);
        transfer.items.add(dropped);
      }
      let cancelled = false;
      for (const type of types) {
        const event = new DragEvent(type, {
          bubbles: true,
          cancelable: true,
          dataTransfer: transfer,
        });
        cancelled = !element.dispatchEvent(event);
      }
      return cancelled;
    },
    { files: describeDragged(paths), types: events },
  );
}

interface HarnessOptions {
  /** The browser's language list, as the OS would give it. */
  systemLocale: string;
}

interface WorkerFixtures {
  browser: Browser;
  server: StaticServer;
}

function checkBuilt(): void {
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) {
    throw new Error(
      'out/renderer/index.html is missing: run `npx electron-vite build` first, then run Playwright again.',
    );
  }
}

interface TestFixtures {
  /** One browser context and page over one core in one temp dir, checked when the test ends. */
  session: { harness: Harness; page: Page };
  harness: Harness;
  page: Page;
}

export const test = base.extend<HarnessOptions & TestFixtures, WorkerFixtures>({
  systemLocale: ['en-GB', { option: true }],

  // Debian's Chromium, never a downloaded browser; quiet flags so it calls nowhere by itself.
  browser: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none.
    async ({}, use) => {
      const browser = await chromium.launch({
        // Debian's path by default; CASEFILE_CHROMIUM points at any other Chromium or Chrome.
        executablePath: process.env.CASEFILE_CHROMIUM ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  server: [
    // eslint-disable-next-line no-empty-pattern -- as above: no dependencies.
    async ({}, use) => {
      checkBuilt();
      const server = await startStaticServer(RENDERER);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  session: async ({ browser, server, systemLocale }, use) => {
    // A session that never reaches `use` still has to clean up: hence try/finally.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-e2e-'));
    // The native dialogs stand in as answers the test sets; until then, "cancelled".
    let openAnswer: string[] = [];
    let saveAnswer: string | null = null;
    let openTextAnswer: string | null = null;
    let openDossierAnswer: string | null = null;
    let openBackupAnswer: string | null = null;
    const core = createCore({
      vaultPath: path.join(dir, 'vault', 'casefile.vault'),
      settingsPath: path.join(dir, 'settings.json'),
      dialogs: {
        openDocuments: () => Promise.resolve([...openAnswer]),
        saveFile: () => Promise.resolve(saveAnswer),
        openText: () => Promise.resolve(openTextAnswer),
        openDossier: () => Promise.resolve(openDossierAnswer),
        openBackup: () => Promise.resolve(openBackupAnswer),
      },
      pdfWorker: { path: PDF_WORKER, execArgv: ['--require', 'tsx/cjs'] },
    });
    const context = await browser.newContext({
      locale: systemLocale,
      timezoneId: 'Asia/Almaty',
      viewport: { width: 1280, height: 860 },
    });
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    const allowed: RegExp[] = [];
    let eventsMuted = false;
    const stopEvents: (() => void)[] = [];
    try {
      // On the context rather than the page: the page and anything it might open or start.
      context.on('request', (request) => requests.push(request.url()));
      // Belt and braces: anything for another origin is also refused before it leaves.
      await context.route('**/*', (route) =>
        isAllowedRequest(route.request().url(), server.origin) ? route.continue() : route.abort(),
      );
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(`${error.name}: ${error.message}`));
      await page.exposeBinding('__casefileInvoke', (_source, key: string, input: unknown) =>
        core.dispatch(key, input),
      );
      await page.addInitScript({ content: await bridgeScript() });
      for (const event of eventKeys) {
        const send = (payload: unknown) => {
          // Before openApp the page is blank and has no listener; forwarding there only costs
          // time (a seeded import of thousands of files emits thousands of growing payloads).
          if (eventsMuted || page.isClosed() || page.url() === 'about:blank') return;
          page
            .evaluate(([name, data]) => window.__casefileEmit?.(name, data), [
              event,
              payload,
            ] as const)
            .catch(() => undefined); // The page may be navigating or closing; the next call will tell.
        };
        // Progress thinned exactly as electron/main/ipc.ts thins it for the real window.
        stopEvents.push(core.subscribe(event, forwardingListener(event, send)));
      }

      const harness: Harness = {
        origin: server.origin,
        core,
        api: createClient(core.dispatch),
        requests,
        muteEvents: () => {
          eventsMuted = true;
        },
        allowConsoleError: (pattern) => allowed.push(pattern),
        answerOpenDocuments: (paths) => {
          openAnswer = paths;
        },
        answerSaveFile: (answer) => {
          saveAnswer = answer;
        },
        answerOpenText: (answer) => {
          openTextAnswer = answer;
        },
        answerOpenDossier: (answer) => {
          openDossierAnswer = answer;
        },
        answerOpenBackup: (answer) => {
          openBackupAnswer = answer;
        },
        openApp: async () => {
          await page.goto(`${server.origin}/`);
        },
        dropFiles: (target, paths) =>
          dispatchFileDrag(target, paths, ['dragenter', 'dragover', 'drop']),
        dragFilesOver: (target, paths) =>
          dispatchFileDrag(target, paths, ['dragenter', 'dragover']),
      };
      await use({ harness, page });

      const beyond = requests.filter((url) => !isAllowedRequest(url, server.origin));
      expect(beyond, 'requests beyond the harness origin').toEqual([]);
      const unexpected = consoleErrors.filter((text) => !allowed.some((re) => re.test(text)));
      expect(unexpected, 'errors in the page console').toEqual([]);
    } finally {
      for (const stop of stopEvents) stop();
      await context.close();
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },

  harness: async ({ session }, use) => {
    await use(session.harness);
  },

  /** Blank until `harness.openApp()`; the bridge is in place before the app's first script. */
  page: async ({ session }, use) => {
    await use(session.page);
  },
});

export { expect };
