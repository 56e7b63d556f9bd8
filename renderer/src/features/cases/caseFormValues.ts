import type {
  CaseChanges,
  CaseDetail,
  CaseFieldsInput,
  CaseStatus,
} from '../../../../shared/domain/case';

/** What the case form edits: plain strings, as inputs hold them. */
export interface CaseFormValues {
  title: string;
  number: string;
  court: string;
  judge: string;
  jurisdiction: string;
  status: CaseStatus;
  openedOn: string;
  closedOn: string;
  description: string;
  tags: string;
}

export const emptyCaseValues: CaseFormValues = {
  title: '',
  number: '',
  court: '',
  judge: '',
  jurisdiction: '',
  status: 'open',
  openedOn: '',
  closedOn: '',
  description: '',
  tags: '',
};

export function valuesFromCase(detail: CaseDetail): CaseFormValues {
  return {
    title: detail.title,
    number: detail.number ?? '',
    court: detail.court ?? '',
    judge: detail.judge ?? '',
    jurisdiction: detail.jurisdiction ?? '',
    status: detail.status,
    openedOn: detail.openedOn ?? '',
    closedOn: detail.closedOn ?? '',
    description: detail.description ?? '',
    tags: detail.tags.join(', '),
  };
}

/** Tags are typed as one line, separated by commas (or semicolons, a common slip). */
export const parseTags = (line: string): string[] =>
  line
    .split(/[,;]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);

const optional = (value: string): string | undefined => (value.trim() ? value : undefined);
const nullable = (value: string): string | null => (value.trim() ? value : null);

export function toCreateInput(values: CaseFormValues): CaseFieldsInput {
  const input: CaseFieldsInput = {
    title: values.title,
    status: values.status,
    tags: parseTags(values.tags),
  };
  const extras = {
    number: optional(values.number),
    court: optional(values.court),
    judge: optional(values.judge),
    jurisdiction: optional(values.jurisdiction),
    openedOn: optional(values.openedOn),
    closedOn: optional(values.closedOn),
    description: optional(values.description),
  };
  // The route's schema is strict: leave out what was not filled in rather than sending ''.
  for (const [key, value] of Object.entries(extras)) {
    if (value !== undefined) Object.assign(input, { [key]: value });
  }
  return input;
}

/** Every field is sent: an emptied input clears the stored value (`null`). */
export function toChanges(values: CaseFormValues): CaseChanges {
  return {
    title: values.title,
    number: nullable(values.number),
    court: nullable(values.court),
    judge: nullable(values.judge),
    jurisdiction: nullable(values.jurisdiction),
    status: values.status,
    openedOn: nullable(values.openedOn),
    closedOn: nullable(values.closedOn),
    description: nullable(values.description),
    tags: parseTags(values.tags),
  };
}
