import { InvalidArgumentError, Option, type Command } from 'commander';
import { CASE_SORT_KEYS, CASE_STATUSES, type CaseStatus } from '../../../shared/domain/case';
import { contract } from '../../../shared/ipc/contract';
import { valueOf, withVault, type CommandContext, type GlobalOptions } from '../session';
import { checkInput } from '../validate';
import { caseDetailText, caseTable } from './caseText';

interface CreateOptions {
  title: string;
  number?: string;
  court?: string;
  judge?: string;
  status?: string;
  opened?: string;
  tag?: string[];
  description?: string;
}

interface ListOptions {
  status?: string[];
  text?: string;
  sort?: string;
  asc?: boolean;
}

// Schema field → the flag a user typed, so a validation message points at their input.
const CREATE_FLAGS = {
  title: '--title',
  number: '--number',
  court: '--court',
  judge: '--judge',
  status: '--status',
  openedOn: '--opened',
  tags: '--tag',
  description: '--description',
};
const LIST_FLAGS = { statuses: '--status', text: '--text', sort: '--sort' };

const collect = (value: string, previous: string[] | undefined): string[] => [
  ...(previous ?? []),
  value,
];

/** `--status open closed`, `--status open --status closed` and `--status open,closed`. */
function collectStatuses(value: string, previous: string[] | undefined): string[] {
  const statuses = value.split(',').filter((status) => status.length > 0);
  const unknown = statuses.find((status) => !CASE_STATUSES.includes(status as CaseStatus));
  if (unknown !== undefined) {
    throw new InvalidArgumentError(`Unknown status; use one of ${CASE_STATUSES.join(', ')}`);
  }
  return [...(previous ?? []), ...statuses];
}

export function registerCase(program: Command, context: CommandContext): void {
  const group = program.command('case').description('create, list and show cases');
  const globals = (command: Command) => command.optsWithGlobals<GlobalOptions>();

  group
    .command('create')
    .description('add a case; prints its id (with --json: {"id":"<uuid>"})')
    .requiredOption('--title <title>', 'case title')
    .option('--number <number>', 'court case number, e.g. 2-1234/2026')
    .option('--court <court>', 'court')
    .option('--judge <judge>', 'judge')
    .addOption(new Option('--status <status>', 'status (default: open)').choices(CASE_STATUSES))
    .option('--opened <YYYY-MM-DD>', 'date the case was opened')
    .option('--tag <tag...>', 'tag (repeatable)', collect)
    .option('--description <text>', 'free-text description')
    .action(async (options: CreateOptions, command: Command) => {
      const input = {
        title: options.title,
        number: options.number,
        court: options.court,
        judge: options.judge,
        status: options.status,
        openedOn: options.opened,
        description: options.description,
        tags: options.tag ?? [],
      };
      const checked = checkInput(contract.routes['cases.create'].input, input, CREATE_FLAGS);
      const created = await withVault(context, globals(command), 'unlock', (api) =>
        valueOf(api.cases.create(checked)),
      );
      context.out.result({ id: created.id }, created.id);
    });

  group
    .command('list')
    .description('list cases (with --json: an array of case summaries)')
    .option(
      '--status <status...>',
      `only these statuses (${CASE_STATUSES.join(', ')}); repeatable`,
      collectStatuses,
    )
    .option('--text <query>', 'only cases matching this text')
    .addOption(new Option('--sort <key>', 'sort order (default: updated)').choices(CASE_SORT_KEYS))
    .option('--asc', 'ascending (default: descending)')
    .action(async (options: ListOptions, command: Command) => {
      const input = {
        statuses: options.status ?? [],
        text: options.text ?? '',
        sort: options.sort ?? 'updated',
        direction: options.asc === true ? 'asc' : 'desc',
      };
      const checked = checkInput(contract.routes['cases.list'].input, input, LIST_FLAGS);
      const cases = await withVault(context, globals(command), 'unlock', (api) =>
        valueOf(api.cases.list(checked)),
      );
      context.out.result(cases, caseTable(cases));
    });

  group
    .command('show')
    .description('show one case with its parties and hearings')
    .argument('<id>', 'case id (from case list)')
    .action(async (id: string, _options: unknown, command: Command) => {
      const checked = checkInput(contract.routes['cases.get'].input, { id }, { id: 'ID' });
      const detail = await withVault(context, globals(command), 'unlock', (api) =>
        valueOf(api.cases.get(checked)),
      );
      context.out.result(detail, caseDetailText(detail));
    });
}
