import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, Dialog } from 'electron';
import { createDialogsPort } from '../../../electron/main/dialogs';

function fakeDialog(open: { canceled: boolean; filePaths: string[] }) {
  return {
    showOpenDialog: vi.fn(() => Promise.resolve(open)),
    showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true })),
  };
}

describe('the open-text dialog (Markdown import)', () => {
  const window = { id: 1 } as unknown as BrowserWindow;

  it('offers one Markdown or text file, modal to the main window, and returns its path', async () => {
    const dialog = fakeDialog({ canceled: false, filePaths: ['/notes/Позиция.md'] });
    const port = createDialogsPort(dialog as unknown as Dialog, () => window);
    expect(await port.openText('markdown')).toBe('/notes/Позиция.md');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      properties: ['openFile'],
      filters: [{ name: 'Markdown', extensions: ['md', 'markdown', 'txt'] }],
    });
  });

  it('answers null when cancelled or when nothing was picked', async () => {
    const cancelled = fakeDialog({ canceled: true, filePaths: ['/ignored.md'] });
    expect(
      await createDialogsPort(cancelled as unknown as Dialog, () => null).openText('markdown'),
    ).toBeNull();
    const empty = fakeDialog({ canceled: false, filePaths: [] });
    expect(
      await createDialogsPort(empty as unknown as Dialog, () => null).openText('markdown'),
    ).toBeNull();
  });
});
