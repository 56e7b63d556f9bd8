import { useState } from 'react';
import type { DossierVerifyReport } from '../../../../shared/domain/dossier';
import { api } from '../../api';

export type VerifyState =
  | { phase: 'idle' }
  | { phase: 'checking'; fileName: string }
  | { phase: 'done'; fileName: string; report: DossierVerifyReport }
  | { phase: 'failed'; fileName: string | null; error: unknown };

const nameOf = (path: string) => path.split(/[\\/]/).at(-1) ?? path;

/** The open dialog for a dossier ZIP, then `dossier.verify` on it. */
export function useVerifyDossier() {
  const [state, setState] = useState<VerifyState>({ phase: 'idle' });
  const [choosing, setChoosing] = useState(false);

  const verify = async () => {
    if (choosing || state.phase === 'checking') return;
    setChoosing(true);
    let fileName: string | null = null;
    try {
      const { path } = await api.dialogs.openDossier();
      if (path === null) return;
      fileName = nameOf(path);
      setState({ phase: 'checking', fileName });
      const report = await api.dossier.verify({ path });
      setState({ phase: 'done', fileName, report });
    } catch (error: unknown) {
      setState({ phase: 'failed', fileName, error });
    } finally {
      setChoosing(false);
    }
  };

  return {
    state,
    choosing,
    verify: () => void verify(),
    close: () => setState({ phase: 'idle' }),
  };
}
