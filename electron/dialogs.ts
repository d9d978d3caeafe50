// The native dialogs the page may ask for, answered in the main process before the core router: a
// folder to write a backup into (a USB drive), a file to restore from, and the print dialog of a PDF. They travel over the one IPC
// channel as shell-side methods, so the preload still exposes only { invoke, on }; the page receives a
// path, never a handle, and core checks that path like any typed one.
import { type BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import { isShellMethod, type ShellMethod, type ShellResults, shellMethods } from '../core/api/contract.ts';
import type { Envelope } from '../core/api/envelope.ts';
import { PrintRefusal } from './print.ts';

export function folderDialogOptions(title?: string): OpenDialogOptions {
  return {
    title: title ?? 'Chọn thư mục để lưu bản sao lưu',
    buttonLabel: 'Chọn thư mục này',
    properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
  };
}

export function backupFileDialogOptions(): OpenDialogOptions {
  return {
    title: 'Chọn tệp sao lưu để khôi phục',
    buttonLabel: 'Khôi phục từ tệp này',
    filters: [
      { name: 'Bản sao lưu TĐKT (*.zip, *.sqlite)', extensions: ['zip', 'sqlite'] },
      { name: 'Tất cả các tệp', extensions: ['*'] },
    ],
    properties: ['openFile', 'dontAddToRecent'],
  };
}

export const BAD_SHELL_ARGS = 'Yêu cầu mở hộp thoại không hợp lệ.';
export const NO_PRINTING = 'Cửa sổ này không in trực tiếp được: hãy lưu bản sao tệp PDF rồi in ở 100%.';

/** Answers a shell-side method, or returns null for a name that is not one (the router's then). */
export type ShellHandler = (method: string, args: unknown) => Promise<Envelope> | null;

/** Prints a PDF of the data folder (electron/print.ts); a refusal's message is the user's. */
export type PdfPrinter = (a: { path: string; printer?: string }) => Promise<{ printed: boolean }>;

export function createShellHandler(getWindow: () => BrowserWindow | null, printPdf?: PdfPrinter): ShellHandler {
  const pick = async (options: OpenDialogOptions): Promise<ShellResults[ShellMethod]> => {
    const win = getWindow();
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return { path: r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0] };
  };
  return (method, args) => {
    if (!isShellMethod(method)) return null;
    const parsed = shellMethods[method].args.safeParse(args ?? {});
    if (!parsed.success) return Promise.resolve({ ok: false, error: { code: 'invalid', message: BAD_SHELL_ARGS } });
    if (method === 'shell.printPdf') {
      if (!printPdf) return Promise.resolve({ ok: false, error: { code: 'invalid', message: NO_PRINTING } });
      return printPdf(parsed.data as { path: string; printer?: string }).then(
        (result): Envelope => ({ ok: true, result }),
        (error: unknown): Envelope => ({
          ok: false,
          error: { code: 'invalid', message: error instanceof PrintRefusal ? error.message : 'Không in được tệp. Hãy thử lại hoặc lưu bản sao rồi in.' },
        }),
      );
    }
    const options = method === 'shell.pickFolder' ? folderDialogOptions((parsed.data as { title?: string }).title) : backupFileDialogOptions();
    return pick(options).then(
      (result): Envelope => ({ ok: true, result }),
      (): Envelope => ({ ok: false, error: { code: 'internal', message: 'Không mở được hộp thoại chọn tệp. Hãy thử lại.' } }),
    );
  };
}
