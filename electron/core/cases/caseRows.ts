import type {
  CaseDetail,
  CaseStatus,
  Hearing,
  HearingKind,
  Party,
  PartyRole,
} from '../../../shared/domain/case';
import type { CaseId, HearingId, PartyId } from '../../../shared/domain/ids';

/** Row shapes as SQLite returns them, and their mapping to the contract's DTOs. */
export interface CaseRow {
  id: string;
  title: string;
  number: string | null;
  court: string | null;
  judge: string | null;
  jurisdiction: string | null;
  status: CaseStatus;
  opened_on: string | null;
  closed_on: string | null;
  description: string | null;
  created_at: string;
  updated_at: string;
}

export interface PartyRow {
  id: string;
  case_id: string;
  name: string;
  role: PartyRole;
  contact: string | null;
}

export interface HearingRow {
  id: string;
  case_id: string;
  at: string;
  kind: HearingKind;
  place: string | null;
  notes: string | null;
  done: number;
}

export const toParty = (row: PartyRow): Party => ({
  id: row.id as PartyId,
  caseId: row.case_id as CaseId,
  name: row.name,
  role: row.role,
  contact: row.contact,
});

export const toHearing = (row: HearingRow): Hearing => ({
  id: row.id as HearingId,
  caseId: row.case_id as CaseId,
  at: row.at,
  kind: row.kind,
  place: row.place,
  notes: row.notes,
  done: row.done === 1,
});

export const toCaseDetail = (
  row: CaseRow,
  tags: string[],
  parties: Party[],
  hearings: Hearing[],
): CaseDetail => ({
  id: row.id as CaseId,
  title: row.title,
  number: row.number,
  court: row.court,
  judge: row.judge,
  jurisdiction: row.jurisdiction,
  status: row.status,
  openedOn: row.opened_on,
  closedOn: row.closed_on,
  description: row.description,
  tags,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  parties,
  hearings,
});
