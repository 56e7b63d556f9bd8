import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, Dialog } from 'electron';
import { createDialogsPort } from '../../../electron/main/dialogs';

function fakeDialog(
  open: { canceled: boolean; filePaths: string[] },
  save: { canceled: boolean; filePath?: string },
) {
  return {
    showOpenDialog: vi.fn(() => Promise.resolve(open)),
    showSaveDialog: vi.fn(() => Promise.resolve(save)),
  };
}

describe('the native dialogs port', () => {
  const window = { id: 1 } as unknown as BrowserWindow;

  it('opens files and folders, several at once, modal to the main window', async () => {
    const dialog = fakeDialog(
      { canceled: false, filePaths: ['/a.pdf', '/folder'] },
      { canceled: true },
    );
    const port = createDialogsPort(dialog as unknown as Dialog, () => window);
    expect(await port.openDocuments()).toEqual(['/a.pdf', '/folder']);
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      properties: ['openFile', 'openDirectory', 'multiSelections'],
    });
  });

  it('answers as cancelled with [] and null', async () => {
    const dialog = fakeDialog(
      { canceled: true, filePaths: ['/ignored'] },
      { canceled: true, filePath: '/x' },
    );
    const port = createDialogsPort(dialog as unknown as Dialog, () => null);
    expect(await port.openDocuments()).toEqual([]);
    expect(await port.saveFile('Приговор.pdf')).toBeNull();
  });

  it('suggests the name in the save dialog and returns the chosen path', async () => {
    const dialog = fakeDialog(
      { canceled: true, filePaths: [] },
      { canceled: false, filePath: '/out/П.pdf' },
    );
    const port = createDialogsPort(dialog as unknown as Dialog, () => window);
    expect(await port.saveFile('П.pdf')).toBe('/out/П.pdf');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: 'П.pdf' }) as unknown,
    );
  });
});
