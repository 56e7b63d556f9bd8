import { z } from 'zod';

export type VaultState = 'absent' | 'locked' | 'unlocked';
export interface VaultStatus {
  state: VaultState;
}

export const LOCK_REASONS = ['manual', 'idle', 'suspend', 'panic'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

/** Bounded so a pasted novel cannot stall the KDF; never trimmed: spaces are part of a passphrase. */
export const passphraseSchema = z.string().min(1).max(1024);
