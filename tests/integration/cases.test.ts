import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../electron/core/clock';
import type { CaseId } from '../../shared/domain/ids';
import { errorCodeOf, expectOk, openCoreFixture, type CoreFixture } from '../support/coreFixture';

/** A clock that ticks one second per call, so "updated" order is deterministic. */
function steppingClock(): Clock {
  let tick = 0;
  let id = 0;
  return {
    nowIso: () => new Date(Date.UTC(2026, 10, 1, 9, 0, tick++)).toISOString(),
    newId: () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}`,
  };
}

let fixture: CoreFixture;
beforeEach(async () => {
  fixture = await openCoreFixture({ clock: steppingClock() });
});
afterEach(() => fixture.dispose());

async function createCase(title: string, extra: Record<string, unknown> = {}): Promise<CaseId> {
  return expectOk(await fixture.api.cases.create({ title, ...extra })).id;
}

describe('cases', () => {
  it('stores every field, tidies text and de-duplicates tags', async () => {
    const { api } = fixture;
    const id = await createCase('  Дело   Әлиева  ', {
      number: '2-1234/2026',
      court: 'Медеуский районный суд г. Алматы',
      judge: 'Ким Д.',
      jurisdiction: 'Казахстан',
      status: 'appeal',
      openedOn: '2026-03-01',
      description: 'Пост в Facebook.\nСт. 274 УК РК.',
      tags: ['ст. 274', 'ст. 274', 'свобода слова'],
    });
    expect(expectOk(await api.cases.get({ id }))).toMatchObject({
      title: 'Дело Әлиева',
      number: '2-1234/2026',
      court: 'Медеуский районный суд г. Алматы',
      judge: 'Ким Д.',
      jurisdiction: 'Казахстан',
      status: 'appeal',
      openedOn: '2026-03-01',
      closedOn: null,
      description: 'Пост в Facebook.\nСт. 274 УК РК.',
      tags: ['свобода слова', 'ст. 274'],
      parties: [],
      hearings: [],
    });
  });

  it('refuses an empty title and an impossible date', async () => {
    expect(errorCodeOf(await fixture.api.cases.create({ title: '   ' }))).toBe('VALIDATION');
    expect(
      errorCodeOf(await fixture.api.cases.create({ title: 'X', openedOn: '2026-02-30' })),
    ).toBe('VALIDATION');
  });

  it('edits only the named fields and clears a field with null', async () => {
    const { api } = fixture;
    const id = await createCase('Дело', { court: 'Суд', number: '1' });
    const before = expectOk(await api.cases.get({ id }));
    const after = expectOk(
      await api.cases.update({ id, changes: { court: null, tags: ['новый'] } }),
    );
    expect(after).toMatchObject({ title: 'Дело', number: '1', court: null, tags: ['новый'] });
    expect(after.updatedAt > before.updatedAt).toBe(true);
    expect(errorCodeOf(await api.cases.update({ id, changes: { title: '' } }))).toBe('VALIDATION');
  });

  it('filters as you type across title, number, court, tags and parties, folding case and ё', async () => {
    const { api } = fixture;
    const a = await createCase('Дело Ёлкина', { number: 'A-1' });
    const b = await createCase('Іс Әлиеваға қатысты', { court: 'Алматы қалалық соты' });
    const c = await createCase('Smith v. State', { tags: ['appeal'] });
    expectOk(await api.parties.add({ caseId: c, name: 'Жанар Қасымова', role: 'witness' }));
    const ids = async (text: string) =>
      expectOk(await api.cases.list({ text })).map((item) => item.id);
    expect(await ids('елкин')).toEqual([a]);
    expect(await ids('ЁЛКИН')).toEqual([a]);
    expect(await ids('әлиев')).toEqual([b]);
    expect(await ids('қалалық')).toEqual([b]);
    expect(await ids('қасымова')).toEqual([c]);
    expect(await ids('smith appeal')).toEqual([c]);
    expect(await ids('a-1')).toEqual([a]);
    expect((await ids('')).sort()).toEqual([a, b, c].sort());
  });

  it('sorts by title (Cyrillic collation), number, opening date, next hearing and last update', async () => {
    const { api } = fixture;
    const ya = await createCase('Яковлев', { number: '10', openedOn: '2026-01-01' });
    const al = await createCase('Алиев', { number: '9', openedOn: '2026-05-01' });
    const be = await createCase('Беков');
    expectOk(await api.hearings.add({ caseId: be, at: '2027-01-01T10:00', kind: 'hearing' }));
    expectOk(await api.hearings.add({ caseId: ya, at: '2026-12-01T10:00', kind: 'deadline' }));
    const order = async (
      sort: 'title' | 'number' | 'opened' | 'nextHearing' | 'updated',
      direction: 'asc' | 'desc',
    ) => expectOk(await api.cases.list({ sort, direction })).map((item) => item.id);
    expect(await order('title', 'asc')).toEqual([al, be, ya]);
    expect(await order('number', 'asc')).toEqual([al, ya, be]);
    expect(await order('opened', 'desc')).toEqual([al, ya, be]);
    expect(await order('nextHearing', 'asc')).toEqual([ya, be, al]);
    expect(await order('updated', 'desc')).toEqual([ya, be, al]);
  });

  it('filters by status and archives, restores and deletes with confirmation', async () => {
    const { api } = fixture;
    const open = await createCase('Открытое');
    const closed = await createCase('Закрытое', { status: 'closed', closedOn: '2026-10-01' });
    const statuses = async (...list: ('open' | 'closed' | 'archived' | 'appeal')[]) =>
      expectOk(await api.cases.list({ statuses: list })).map((item) => item.id);
    expect(await statuses('open')).toEqual([open]);

    expect(expectOk(await api.cases.archive({ id: closed })).status).toBe('archived');
    expect(await statuses('archived')).toEqual([closed]);
    expect(expectOk(await api.cases.unarchive({ id: closed })).status).toBe('closed');
    expectOk(await api.cases.archive({ id: open }));
    expect(expectOk(await api.cases.unarchive({ id: open })).status).toBe('open');

    expect(errorCodeOf(await api.cases.delete({ id: open, confirm: false as true }))).toBe(
      'VALIDATION',
    );
    expectOk(await api.parties.add({ caseId: open, name: 'X', role: 'client' }));
    expectOk(await api.cases.delete({ id: open, confirm: true }));
    expect(errorCodeOf(await api.cases.get({ id: open }))).toBe('NOT_FOUND');
    expect(errorCodeOf(await api.cases.delete({ id: open, confirm: true }))).toBe('NOT_FOUND');
    expect(await statuses()).toEqual([closed]);
  });

  it('adds, edits and removes parties in their order, and counts them in the list', async () => {
    const { api } = fixture;
    const id = await createCase('Дело');
    const client = expectOk(
      await api.parties.add({
        caseId: id,
        name: 'Әлиев Қанат',
        role: 'client',
        contact: '+7 701 000 00 00',
      }),
    );
    const witness = expectOk(
      await api.parties.add({ caseId: id, name: 'Иванова', role: 'witness' }),
    );
    expect(
      expectOk(
        await api.parties.update({ id: witness.id, changes: { role: 'victim', contact: 'тел.' } }),
      ),
    ).toMatchObject({
      name: 'Иванова',
      role: 'victim',
      contact: 'тел.',
    });
    expect(
      expectOk(await api.parties.update({ id: client.id, changes: { contact: null } })).contact,
    ).toBeNull();
    expect(expectOk(await api.cases.get({ id })).parties.map((party) => party.name)).toEqual([
      'Әлиев Қанат',
      'Иванова',
    ]);
    expect(expectOk(await api.cases.list())[0]?.partyCount).toBe(2);
    expectOk(await api.parties.remove({ id: client.id }));
    expect(expectOk(await api.cases.get({ id })).parties.map((party) => party.id)).toEqual([
      witness.id,
    ]);
    expect(errorCodeOf(await api.parties.remove({ id: client.id }))).toBe('NOT_FOUND');
    expect(
      errorCodeOf(
        await api.parties.add({
          caseId: '00000000-0000-4000-8000-999999999999',
          name: 'X',
          role: 'client',
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('lists upcoming hearings and deadlines across cases, keeps overdue ones, drops done and archived', async () => {
    const { api } = fixture;
    const a = await createCase('Дело А', { number: 'A' });
    const b = await createCase('Дело Б');
    const gone = await createCase('В архиве');
    const add = async (caseId: CaseId, at: string, done = false) =>
      expectOk(await api.hearings.add({ caseId, at, kind: 'deadline', done })).id;
    const overdue = await add(a, '2026-11-20T18:00');
    const soon = await add(b, '2026-12-01T10:00');
    const later = await add(a, '2026-12-20T10:00');
    await add(a, '2027-03-01T10:00');
    await add(b, '2026-12-02T10:00', true);
    await add(gone, '2026-12-03T10:00');
    expectOk(await api.cases.archive({ id: gone }));

    const items = expectOk(await api.hearings.upcoming({ now: '2026-11-29T09:00', days: 30 }));
    expect(items.map((item) => [item.id, item.overdue, item.caseTitle])).toEqual([
      [overdue, true, 'Дело А'],
      [soon, false, 'Дело Б'],
      [later, false, 'Дело А'],
    ]);
    expect(items[0]?.caseNumber).toBe('A');
    expect(
      expectOk(await api.hearings.upcoming({ now: '2026-11-29T09:00', days: 30, caseId: b })).map(
        (item) => item.id,
      ),
    ).toEqual([soon]);

    expectOk(await api.hearings.update({ id: overdue, changes: { done: true } }));
    expect(
      expectOk(await api.hearings.upcoming({ now: '2026-11-29T09:00', days: 1 })).map(
        (item) => item.id,
      ),
    ).toEqual([]);
    expectOk(await api.hearings.remove({ id: soon }));
    expect(
      expectOk(await api.cases.get({ id: b })).hearings.map((hearing) => hearing.id),
    ).not.toContain(soon);
  });

  it('edits a hearing and shows the earliest open one as the case’s next hearing', async () => {
    const { api } = fixture;
    const id = await createCase('Дело');
    const first = expectOk(
      await api.hearings.add({
        caseId: id,
        at: '2026-12-10T09:30',
        kind: 'hearing',
        place: 'Зал 5',
      }),
    );
    expectOk(await api.hearings.add({ caseId: id, at: '2026-12-20T09:30', kind: 'filing' }));
    expect(expectOk(await api.cases.list())[0]?.nextHearing).toEqual({
      at: '2026-12-10T09:30',
      kind: 'hearing',
    });
    const moved = expectOk(
      await api.hearings.update({
        id: first.id,
        changes: { at: '2027-01-10T11:00', place: null, notes: 'Перенос' },
      }),
    );
    expect(moved).toMatchObject({
      at: '2027-01-10T11:00',
      place: null,
      notes: 'Перенос',
      kind: 'hearing',
    });
    expect(expectOk(await api.cases.list())[0]?.nextHearing).toEqual({
      at: '2026-12-20T09:30',
      kind: 'filing',
    });
    expect(
      errorCodeOf(await api.hearings.add({ caseId: id, at: '2026-12-10 09:30', kind: 'hearing' })),
    ).toBe('VALIDATION');
  });
});

describe('edits over IPC', () => {
  it('treats a field sent as undefined as absent, never as "clear it"', async () => {
    const { api, core } = fixture;
    const id = await createCase('Дело', { court: 'Суд', number: '7' });
    // Electron's IPC keeps keys whose value is undefined; the dispatcher must not read them as null.
    expectOk(
      await core.dispatch('cases.update', { id, changes: { court: undefined, title: 'Дело 2' } }),
    );
    expect(expectOk(await api.cases.get({ id }))).toMatchObject({
      title: 'Дело 2',
      court: 'Суд',
      number: '7',
    });
    const hearing = expectOk(
      await api.hearings.add({
        caseId: id,
        at: '2026-12-10T09:30',
        kind: 'hearing',
        place: 'Зал 5',
        done: true,
      }),
    );
    expectOk(
      await core.dispatch('hearings.update', {
        id: hearing.id,
        changes: { place: undefined, done: undefined, at: undefined },
      }),
    );
    expect(expectOk(await api.cases.get({ id })).hearings[0]).toMatchObject({
      place: 'Зал 5',
      done: true,
      at: '2026-12-10T09:30',
    });
  });

  it('finds a case by its id written in capitals', async () => {
    const id = await createCase('Дело');
    expect(expectOk(await fixture.api.cases.get({ id: id.toUpperCase() })).id).toBe(id);
  });

  it('refuses an edit that would close a case before it opened, changing nothing', async () => {
    const { api } = fixture;
    const id = await createCase('Дело', { openedOn: '2026-05-01' });
    const result = await api.cases.update({
      id,
      changes: { closedOn: '2026-04-01', title: 'Другое' },
    });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'VALIDATION',
      details: { field: 'closedOn' },
    });
    expect(expectOk(await api.cases.get({ id }))).toMatchObject({ title: 'Дело', closedOn: null });
  });
});

describe('language-aware ordering and dates', () => {
  it('sorts titles by the Kazakh alphabet when the UI is in Kazakh', async () => {
    const { api } = fixture;
    // Kazakh order: ... Ұ Ү ... Ы І ...; Russian rules would put І right after И/Б.
    for (const title of ['Іс', 'Ыбырай', 'Үкім', 'Ұлт', 'Бек']) await createCase(title);
    expectOk(await api.settings.update({ language: 'kk' }));
    const titles = expectOk(await api.cases.list({ sort: 'title', direction: 'asc' })).map(
      (item) => item.title,
    );
    expect(titles).toEqual(['Бек', 'Ұлт', 'Үкім', 'Ыбырай', 'Іс']);
  });

  it('counts upcoming days across month and year ends in wall-clock time', async () => {
    const { api } = fixture;
    const id = await createCase('Дело');
    const dates = [
      '2026-12-31T23:59',
      '2027-01-31T22:59',
      '2027-01-31T23:00',
      '2028-02-29T10:00',
      '2028-03-01T12:00',
    ];
    for (const at of dates) expectOk(await api.hearings.add({ caseId: id, at, kind: 'deadline' }));
    const due = async (now: string, days: number) =>
      expectOk(await api.hearings.upcoming({ now, days }))
        .filter((item) => !item.overdue)
        .map((item) => item.at);
    // The window ends exactly `days` later on the wall clock: 31 days from 31 Dec 23:00 is 31 Jan 23:00.
    expect(await due('2026-12-31T23:00', 31)).toEqual(['2026-12-31T23:59', '2027-01-31T22:59']);
    // Two days from 28 Feb in a leap year end on 1 March at the same hour.
    expect(await due('2028-02-28T12:00', 2)).toEqual(['2028-02-29T10:00']);
  });
});
