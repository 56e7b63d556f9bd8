import type { CaseFieldsInput, HearingKind, PartyRole } from '../../../shared/domain/case';
import type { CaseId } from '../../../shared/domain/ids';
import type { Result } from '../../../shared/errors';
import type { CasefileApi } from '../../../shared/ipc/client';

/** A passphrase an Almaty lawyer might choose: long, Cyrillic, easy to remember. */
export const PASSPHRASE = 'тихий берег Иртыша 2026';
export const WRONG_PASSPHRASE = 'тихий берег Иртыша 2025';
/** Long enough, but made of a word on every attacker's list. */
export const WEAK_PASSPHRASE = 'password1234';

/** `YYYY-MM-DD` and `YYYY-MM-DDTHH:mm` a number of days from today, in Almaty (the page's zone). */
export function almatyDay(offsetDays: number): string {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Almaty',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

export const almatyDateTime = (offsetDays: number, time = '10:30'): string =>
  `${almatyDay(offsetDays)}T${time}`;

export const ELKIN_CASE = {
  title: 'Елкин С. А. — мошенничество, ст. 190 УК РК',
  number: '7514-24-00-1/215',
  court: 'Медеуский районный суд г. Алматы',
  judge: 'Сәрсенбаева Ғ. Қ.',
} as const;

export const ELKIN_TAGS = ['уголовное', 'апелляция'] as const;

export const ELKIN_PARTIES = [
  { name: 'Елкин Сергей Андреевич', role: 'accused', contact: '+7 701 555 12 34' },
  { name: 'Жұмабекова Әйгерім Нұрланқызы', role: 'victim', contact: 'Алматы, ул. Абая, 52' },
] as const satisfies readonly { name: string; role: PartyRole; contact: string }[];

export const ELKIN_HEARING = {
  at: almatyDateTime(3, '10:30'),
  kind: 'hearing',
  place: 'Зал № 4',
} as const satisfies { at: string; kind: HearingKind; place: string };

export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Seeding failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Creates the vault (left unlocked) straight through the core, for specs about later screens. */
export async function seedVault(api: CasefileApi): Promise<void> {
  ok(await api.vault.create({ passphrase: PASSPHRASE }));
}

export async function seedCase(
  api: CasefileApi,
  fields: CaseFieldsInput,
  extras: {
    parties?: readonly { name: string; role: PartyRole; contact?: string }[];
    hearings?: readonly { at: string; kind: HearingKind; place?: string; done?: boolean }[];
  } = {},
): Promise<CaseId> {
  const { id } = ok(await api.cases.create(fields));
  for (const party of extras.parties ?? []) ok(await api.parties.add({ caseId: id, ...party }));
  for (const hearing of extras.hearings ?? [])
    ok(await api.hearings.add({ caseId: id, ...hearing }));
  return id;
}

/** A vault (left unlocked) holding Elkin's case with both parties and the hearing. */
export async function seedVaultWithElkinCase(api: CasefileApi): Promise<CaseId> {
  await seedVault(api);
  return seedCase(api, ELKIN_CASE, { parties: ELKIN_PARTIES, hearings: [ELKIN_HEARING] });
}
