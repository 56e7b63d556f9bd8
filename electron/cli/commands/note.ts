import type { Command } from 'commander';
import { NOTE_TITLE_MAX, plainTextToNoteDoc } from '../../../shared/domain/note';
import { contract } from '../../../shared/ipc/contract';
import { CliError } from '../errors';
import { valueOf, withVault, type CommandContext, type GlobalOptions } from '../session';
import { checkInput } from '../validate';

interface AddOptions {
  case: string;
  text: string;
  title?: string;
}

const FLAGS = { caseId: '--case', title: '--title', doc: '--text' };

/** A title the lawyer did not give: the note's first line with words, cut to 80 characters. */
export function titleFromText(text: string): string {
  const line = text.split(/\r?\n/).find((candidate) => candidate.trim() !== '') ?? '';
  const flat = line.replace(/\s+/g, ' ').trim();
  const max = Math.min(80, NOTE_TITLE_MAX);
  return [...flat].length > max ? `${[...flat].slice(0, max - 1).join('')}…` : flat;
}

export function registerNote(program: Command, context: CommandContext): void {
  const group = program.command('note').description('notes of a case');
  const globals = (command: Command) => command.optsWithGlobals<GlobalOptions>();

  group
    .command('add')
    .description(
      'add a note made of plain text, one paragraph per line; prints its id ' +
        '(with --json: {"id","caseId","title","excerpt","revision","createdAt","updatedAt"})',
    )
    .requiredOption('--case <id>', 'case id (from case list)')
    .requiredOption('--text <text>', 'the note’s text')
    .option('--title <title>', 'title (default: the first line of the text)')
    .action(async (options: AddOptions, command: Command) => {
      if (options.text.trim() === '') throw new CliError('VALIDATION', '--text: The note is empty');
      const input = {
        caseId: options.case,
        title: options.title ?? titleFromText(options.text),
        doc: plainTextToNoteDoc(options.text),
      };
      const checked = checkInput(contract.routes['notes.create'].input, input, FLAGS);
      const note = await withVault(context, globals(command), 'unlock', (api) =>
        valueOf(api.notes.create(checked)),
      );
      const { doc: _doc, ...summary } = note;
      context.out.result(summary, note.id);
    });
}
