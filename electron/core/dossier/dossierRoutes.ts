import type Database from 'better-sqlite3-multiple-ciphers';
import type { PartialLedger } from '../exports/partialLedger';
import packageJson from '../../../package.json';
import type { Handlers } from '../../../shared/ipc/dispatch';
import type { Clock } from '../clock';
import type { DialogsPort } from '../createCore';
import type { DocumentService } from '../documents/documentService';
import type { EventHub } from '../events';
import type { JobRunner } from '../jobs/JobRunner';
import { buildBundleInWorker } from './bundle/buildBundleInWorker';
import { assertDossierDocuments } from './buildPlan';
import { assertExportable, runDossierExport, type BuildBundle } from './exportJob';
import { verifyDossier } from './verify';

export interface DossierRouteDeps {
  db: () => Database.Database;
  clock: Clock;
  jobs: JobRunner;
  documents: DocumentService;
  events?: Pick<EventHub, 'emit'>;
  dialogs: DialogsPort;
  /** The bundle builder; the worker-backed one unless a caller (a benchmark) brings its own. */
  buildBundle?: BuildBundle;
  partials: PartialLedger;
}

type DossierHandlers = Pick<Handlers, 'dossier.export' | 'dossier.verify' | 'dialogs.openDossier'>;

/** The dossier routes (issue 6), kept here so the composition root only spreads them in. */
export function dossierHandlers(deps: DossierRouteDeps): DossierHandlers {
  return {
    'dossier.export': ({ options, out, format }) => {
      // A wrong document or an existing file is the call's error, before a job starts.
      assertDossierDocuments(deps.db(), options);
      assertExportable({ out });
      const jobId = deps.jobs.start(({ jobId: id, signal }) =>
        runDossierExport(
          { options, out, format },
          {
            jobId: id,
            signal,
            db: deps.db,
            clock: deps.clock,
            documents: deps.documents,
            buildBundle: deps.buildBundle ?? buildBundleInWorker,
            appVersion: packageJson.version,
            emit: (progress) => deps.events?.emit('dossier.progress', progress),
            partials: deps.partials,
          },
        ),
      );
      return { jobId };
    },
    'dossier.verify': ({ path }) => verifyDossier(path),
    'dialogs.openDossier': async () => ({ path: await deps.dialogs.openDossier() }),
  };
}
