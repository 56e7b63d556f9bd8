import type { BrowserWindow, Dialog } from 'electron';
import type { DialogsPort } from '../core/createCore';

/**
 * The native open and save dialogs, parented to the main window so they are modal to it. The
 * renderer never names a path to the core by itself: import and export paths come from here.
 */
export function createDialogsPort(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  mainWindow: () => BrowserWindow | null,
): DialogsPort {
  return {
    async openDocuments() {
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile', 'openDirectory', 'multiSelections'],
      };
      const window = mainWindow();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async saveFile(suggestedName) {
      const options: Electron.SaveDialogOptions = {
        defaultPath: suggestedName,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = mainWindow();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async openText() {
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile'],
        filters: [{ name: 'Markdown', extensions: ['md', 'markdown', 'txt'] }],
      };
      const window = mainWindow();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openBackup() {
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile'],
        // Backups are named by the lawyer: the usual names first, anything else allowed.
        filters: [
          { name: 'Casefile backup', extensions: ['casefile', 'vault', 'bak', 'db'] },
          { name: '*', extensions: ['*'] },
        ],
      };
      const window = mainWindow();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openDossier() {
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile'],
        filters: [{ name: 'Dossier ZIP', extensions: ['zip'] }],
      };
      const window = mainWindow();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
