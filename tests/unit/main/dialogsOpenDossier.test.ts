import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, Dialog } from 'electron';
import { createDialogsPort } from '../../../electron/main/dialogs';

function fakeDialog(open: { canceled: boolean; filePaths: string[] }) {
  return {
    showOpenDialog: vi.fn(() => Promise.resolve(open)),
    showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true })),
  };
}

describe('the open-dossier dialog (verify a dossier ZIP)', () => {
  const window = { id: 1 } as unknown as BrowserWindow;

  it('offers one ZIP file, modal to the main window, and returns its path', async () => {
    const dialog = fakeDialog({ canceled: false, filePaths: ['/home/lawyer/Дело.zip'] });
    const port = createDialogsPort(dialog as unknown as Dialog, () => window);
    expect(await port.openDossier()).toBe('/home/lawyer/Дело.zip');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      properties: ['openFile'],
      filters: [{ name: 'Dossier ZIP', extensions: ['zip'] }],
    });
  });

  it('answers null when cancelled or when nothing was picked', async () => {
    const cancelled = fakeDialog({ canceled: true, filePaths: ['/ignored.zip'] });
    expect(
      await createDialogsPort(cancelled as unknown as Dialog, () => null).openDossier(),
    ).toBeNull();
    const empty = fakeDialog({ canceled: false, filePaths: [] });
    expect(
      await createDialogsPort(empty as unknown as Dialog, () => null).openDossier(),
    ).toBeNull();
  });
});

describe('the open-backup dialog (restore, from the lock screen too)', () => {
  it('offers one file, backups first, any file allowed, and returns its path', async () => {
    const window = { id: 1 } as unknown as BrowserWindow;
    const dialog = fakeDialog({ canceled: false, filePaths: ['/media/usb/vault-2026.casefile'] });
    const port = createDialogsPort(dialog as unknown as Dialog, () => window);
    expect(await port.openBackup()).toBe('/media/usb/vault-2026.casefile');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      properties: ['openFile'],
      filters: [
        { name: 'Casefile backup', extensions: ['casefile', 'vault', 'bak', 'db'] },
        { name: '*', extensions: ['*'] },
      ],
    });
    const cancelled = fakeDialog({ canceled: true, filePaths: [] });
    expect(await createDialogsPort(cancelled as unknown as Dialog, () => null).openBackup()).toBe(
      null,
    );
  });
});
