import { InvalidArgumentError, type Command } from 'commander';
import {
  AUDIT_ACTIONS,
  type AuditListItem,
  type AuditVerifyReport,
} from '../../../shared/domain/audit';
import { contract } from '../../../shared/ipc/contract';
import type { CasefileApi } from '../../../shared/ipc/client';
import { CliError } from '../errors';
import { renderTable } from '../table';
import { valueOf, withVault, type CommandContext, type GlobalOptions } from '../session';
import { checkInput } from '../validate';

interface ListOptions {
  case?: string;
  action?: string[];
  limit?: number;
}

const FLAGS = { caseId: '--case', actions: '--action', limit: '--limit' };
/** Most entries `audit list` prints; pages of the route are joined up to this. */
const LIST_MAX = 100_000;

function parseLimit(value: string): number {
  const limit = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > LIST_MAX) {
    throw new InvalidArgumentError(`Use a whole number from 1 to ${LIST_MAX}`);
  }
  return limit;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function reportText(report: AuditVerifyReport): string {
  if (report.ok) return `The audit log is intact: ${report.entries} entries.`;
  const broken = report.firstBroken;
  return `The audit log is broken at entry ${broken?.seq ?? '?'} (${broken?.reason ?? '?'}); ${report.entries} entries read.`;
}

function describeEntry(entry: AuditListItem): string {
  const subject = entry.documentTitle ?? entry.documentId ?? entry.caseTitle ?? entry.caseId ?? '';
  const detail = Object.entries(entry.detail)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : String(value)}`)
    .join(' ');
  return [subject, detail].filter((part) => part !== '').join('  ');
}

/** Newest first, following the route's pages until `limit` entries or the first entry. */
async function listAll(
  api: CasefileApi,
  query: { caseId?: string; actions?: string[] },
  limit: number,
): Promise<AuditListItem[]> {
  const entries: AuditListItem[] = [];
  let cursor: number | undefined;
  while (entries.length < limit) {
    const page = await valueOf(
      api.audit.list({
        ...query,
        actions: query.actions as never,
        limit: Math.min(500, limit - entries.length),
        cursor,
      }),
    );
    entries.push(...page.entries);
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  return entries;
}

export function registerAudit(program: Command, context: CommandContext): void {
  const group = program
    .command('audit')
    .description('the vault’s tamper-evident audit log (hash-chained, append-only)');
  const globals = (command: Command) => command.optsWithGlobals<GlobalOptions>();

  group
    .command('verify')
    .description(
      'walk the hash chain from the first entry (with --json: {"ok","entries","firstBroken":' +
        'null|{"seq","reason"}}, reason altered|missing|reordered); exit 7 when broken',
    )
    .action(async (_options: unknown, command: Command) => {
      const report = await withVault(context, globals(command), 'unlock', (api) =>
        valueOf(api.audit.verify()),
      );
      context.out.result(report, reportText(report));
      if (!report.ok) {
        throw new CliError(
          'VERIFY_FAILED',
          `The audit log is broken at entry ${report.firstBroken?.seq ?? '?'} (${report.firstBroken?.reason ?? '?'})`,
        );
      }
    });

  group
    .command('list')
    .description(
      'entries newest first (with --json: an array of {"seq","at","action","caseId",' +
        '"documentId","detail","prevHash","hash","caseTitle","documentTitle"})',
    )
    .option('--case <id>', 'only entries about this case')
    .option(
      '--action <action>',
      `only this action (repeatable): ${AUDIT_ACTIONS.join(', ')}`,
      collect,
    )
    .option('--limit <n>', 'most entries to print (default: all)', parseLimit)
    .action(async (options: ListOptions, command: Command) => {
      const query = { caseId: options.case, actions: options.action };
      checkInput(contract.routes['audit.list'].input, query, FLAGS);
      const entries = await withVault(context, globals(command), 'unlock', (api) =>
        listAll(api, query, options.limit ?? LIST_MAX),
      );
      context.out.result(
        entries,
        entries.length === 0
          ? 'No entries.'
          : renderTable(entries, [
              { header: 'SEQ', value: (entry) => String(entry.seq) },
              { header: 'AT', value: (entry) => entry.at },
              { header: 'ACTION', value: (entry) => entry.action },
              { header: 'ABOUT', value: describeEntry, max: 100 },
            ]),
      );
    });
}
