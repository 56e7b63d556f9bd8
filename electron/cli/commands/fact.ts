import { InvalidArgumentError, Option, type Command } from 'commander';
import {
  FACT_IMPORTANCE,
  FACT_STATUSES,
  parseFactDate,
  type FactDate,
} from '../../../shared/domain/fact';
import { contract } from '../../../shared/ipc/contract';
import { CliError } from '../errors';
import { valueOf, withVault, type CommandContext, type GlobalOptions } from '../session';
import { checkInput } from '../validate';
import { factTable } from './factText';

interface AddOptions {
  case: string;
  date: string;
  text: string;
  document?: string;
  page?: number;
  quote?: string;
  sourceNote?: string;
  status?: string;
  importance?: string;
  issue?: string[];
  party?: string[];
}

const ADD_FLAGS = {
  caseId: '--case',
  date: '--date',
  statement: '--text',
  source: '--document/--page/--quote',
  sourceNote: '--source-note',
  partyIds: '--party',
  issues: '--issue',
  status: '--status',
  importance: '--importance',
};

const DATE_FORMS =
  'use YYYY-MM-DD, DD.MM.YYYY, YYYY-MM, MM.YYYY, YYYY, a range FROM..TO, or "undated"';

const collect = (value: string, previous: string[] | undefined): string[] => [
  ...(previous ?? []),
  value,
];

function parsePage(value: string): number {
  const page = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(page) || page < 1)
    throw new InvalidArgumentError('Use a page number from 1');
  return page;
}

function factDateOf(value: string): FactDate {
  const date = parseFactDate(value);
  if (!date) throw new CliError('VALIDATION', `--date: "${value}" is not a date; ${DATE_FORMS}`);
  return date;
}

/** --document and --page name a source together; a quote needs a source to belong to. */
function sourceOf(options: AddOptions) {
  if (options.document === undefined) {
    if (options.page !== undefined || options.quote !== undefined) {
      throw new CliError('VALIDATION', '--page and --quote need --document');
    }
    return undefined;
  }
  if (options.page === undefined) throw new CliError('VALIDATION', '--document needs --page');
  return { documentId: options.document, page: options.page, quote: options.quote };
}

export function registerFact(program: Command, context: CommandContext): void {
  const group = program.command('fact').description('the chronology of a case: dated facts');
  const globals = (command: Command) => command.optsWithGlobals<GlobalOptions>();

  group
    .command('add')
    .description('add a fact; prints its id (with --json: the fact)')
    .requiredOption('--case <id>', 'case id (from case list)')
    .requiredOption('--date <date>', `when: ${DATE_FORMS}`)
    .requiredOption('--text <statement>', 'what happened, in a sentence')
    .option('--document <id>', 'source document (from document list)')
    .option('--page <n>', 'page of the source document', parsePage)
    .option('--quote <text>', 'the words quoted from the source page')
    .option('--source-note <text>', 'a source outside the vault (testimony at a hearing, ...)')
    .addOption(
      new Option('--status <status>', 'status (default: unverified)').choices(FACT_STATUSES),
    )
    .addOption(
      new Option('--importance <level>', 'importance (default: normal)').choices(FACT_IMPORTANCE),
    )
    .option('--issue <label...>', 'issue label, e.g. "ст. 274 УК" (repeatable)', collect)
    .option('--party <id...>', 'a party of the case involved (repeatable)', collect)
    .action(async (options: AddOptions, command: Command) => {
      const input = {
        caseId: options.case,
        date: factDateOf(options.date),
        statement: options.text,
        source: sourceOf(options),
        sourceNote: options.sourceNote,
        partyIds: options.party ?? [],
        issues: options.issue ?? [],
        status: options.status,
        importance: options.importance,
      };
      const checked = checkInput(contract.routes['facts.create'].input, input, ADD_FLAGS);
      const fact = await withVault(context, globals(command), 'unlock', (api) =>
        valueOf(api.facts.create(checked)),
      );
      context.out.result(fact, fact.id);
    });

  group
    .command('list')
    .description('the chronology, earliest first, undated last (with --json: an array of facts)')
    .requiredOption('--case <id>', 'case id (from case list)')
    .action(async (options: { case: string }, command: Command) => {
      const checked = checkInput(
        contract.routes['facts.list'].input,
        { caseId: options.case },
        { caseId: '--case' },
      );
      const { facts, parties } = await withVault(
        context,
        globals(command),
        'unlock',
        async (api) => ({
          facts: await valueOf(api.facts.list(checked)),
          parties: (await valueOf(api.cases.get({ id: checked.caseId }))).parties,
        }),
      );
      context.out.result(facts, factTable(facts, parties));
    });
}
