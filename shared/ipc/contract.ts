import { z } from 'zod';
import {
  caseChangesSchema,
  caseFieldsSchema,
  caseListQuerySchema,
  hearingChangesSchema,
  hearingInputSchema,
  partyChangesSchema,
  partyInputSchema,
  upcomingQuerySchema,
  type CaseDetail,
  type CaseSummary,
  type Hearing,
  type Party,
  type UpcomingItem,
} from '../domain/case';
import { caseIdSchema, hearingIdSchema, partyIdSchema, type CaseId } from '../domain/ids';
import { settingsChangesSchema, type Settings } from '../domain/settings';
import { passphraseSchema, type LockReason, type VaultStatus } from '../domain/vault';
import { defineContract, route, type } from './defineContract';

const none = z.undefined();

/**
 * THE list of what the renderer, the CLI and the e2e harness may ask of the core.
 * Adding a feature: a route here, a handler in electron/core, a screen in renderer.
 */
export const contract = defineContract({
  routes: {
    'settings.get': route({ input: none, output: type<Settings>() }),
    'settings.update': route({ input: settingsChangesSchema, output: type<Settings>() }),

    'vault.status': route({ input: none, output: type<VaultStatus>() }),
    'vault.create': route({
      input: z.strictObject({ passphrase: passphraseSchema }),
      output: type<VaultStatus>(),
    }),
    'vault.unlock': route({
      input: z.strictObject({ passphrase: passphraseSchema }),
      output: type<VaultStatus>(),
    }),
    'vault.lock': route({ input: none, output: type<VaultStatus>() }),
    'vault.changePassphrase': route({
      input: z.strictObject({ current: passphraseSchema, next: passphraseSchema }),
      output: type<VaultStatus>(),
    }),

    'cases.list': route({ input: caseListQuerySchema, output: type<CaseSummary[]>() }),
    'cases.get': route({ input: z.strictObject({ id: caseIdSchema }), output: type<CaseDetail>() }),
    'cases.create': route({ input: caseFieldsSchema, output: type<{ id: CaseId }>() }),
    'cases.update': route({
      input: z.strictObject({ id: caseIdSchema, changes: caseChangesSchema }),
      output: type<CaseDetail>(),
    }),
    'cases.archive': route({
      input: z.strictObject({ id: caseIdSchema }),
      output: type<CaseDetail>(),
    }),
    'cases.unarchive': route({
      input: z.strictObject({ id: caseIdSchema }),
      output: type<CaseDetail>(),
    }),
    // `confirm: true` makes deletion a deliberate act at every entry point, not only in the UI.
    'cases.delete': route({
      input: z.strictObject({ id: caseIdSchema, confirm: z.literal(true) }),
      output: type<{ deleted: true }>(),
    }),

    'parties.add': route({
      input: partyInputSchema,
      output: type<Party>(),
    }),
    'parties.update': route({
      input: z.strictObject({ id: partyIdSchema, changes: partyChangesSchema }),
      output: type<Party>(),
    }),
    'parties.remove': route({
      input: z.strictObject({ id: partyIdSchema }),
      output: type<{ removed: true }>(),
    }),

    'hearings.add': route({
      input: hearingInputSchema,
      output: type<Hearing>(),
    }),
    'hearings.update': route({
      input: z.strictObject({ id: hearingIdSchema, changes: hearingChangesSchema }),
      output: type<Hearing>(),
    }),
    'hearings.remove': route({
      input: z.strictObject({ id: hearingIdSchema }),
      output: type<{ removed: true }>(),
    }),
    'hearings.upcoming': route({ input: upcomingQuerySchema, output: type<UpcomingItem[]>() }),
  },
  events: {
    'vault.locked': type<{ reason: LockReason }>(),
  },
});

export type Contract = typeof contract;
export type ContractRoutes = Contract['routes'];
export type ContractEvents = Contract['events'];
export type RouteKey = Extract<keyof ContractRoutes, string>;
export type EventKey = Extract<keyof ContractEvents, string>;
export const routeKeys = Object.keys(contract.routes) as RouteKey[];
export const eventKeys = Object.keys(contract.events) as EventKey[];
