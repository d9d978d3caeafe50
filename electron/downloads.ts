// Saving what the page hands over as a download. The renderer makes a blob: URL of a generated file
// (a .docx) and clicks <a download>, exactly as in the browser host; Chromium then asks the main process
// where to put it. Here the save dialog speaks Vietnamese, filters by the file's type and opens in the
// user's Documents folder; anything that is not the page's own blob is refused (the app never downloads
// from the network); once saved, the user may open the file or its folder straight away.
import { basename, extname, join } from 'node:path';
import { type BrowserWindow, dialog, type MessageBoxOptions, type SaveDialogOptions, type Session, shell } from 'electron';
import { isSameOrigin } from './ipc.ts';

interface FileKind {
  title: string;
  filter: string;
  /** Safe to hand to the system's default program: documents, never anything executable. */
  openable: boolean;
}

const KINDS: Record<string, FileKind> = {
  docx: { title: 'Lưu văn bản', filter: 'Văn bản Word (*.docx)', openable: true },
  xlsx: { title: 'Lưu bảng tính', filter: 'Bảng tính Excel (*.xlsx)', openable: true },
  pdf: { title: 'Lưu tệp PDF', filter: 'Tệp PDF (*.pdf)', openable: true },
  tdkt: { title: 'Lưu gói dữ liệu', filter: 'Gói dữ liệu TĐKT (*.tdkt)', openable: false },
  zip: { title: 'Lưu nhật ký', filter: 'Tệp nén (*.zip)', openable: false },
};

export const OPEN_FILE = 'Mở tệp';
export const OPEN_FOLDER = 'Mở thư mục';
export const CLOSE = 'Đóng';

function kindOf(fileName: string): { ext: string; kind: FileKind | undefined } {
  const ext = extname(fileName).slice(1).toLowerCase();
  return { ext, kind: KINDS[ext] };
}

export function saveDialogOptions(fileName: string, folder: string): SaveDialogOptions {
  // The name comes from the page: only its last part is used, so it cannot point the dialog elsewhere.
  const name = basename(fileName.replace(/\\/gu, '/')) || 'tep-tai-ve';
  const { ext, kind } = kindOf(name);
  return {
    title: kind?.title ?? 'Lưu tệp',
    buttonLabel: 'Lưu',
    defaultPath: join(folder, name),
    filters: [...(kind ? [{ name: kind.filter, extensions: [ext] }] : []), { name: 'Tất cả các tệp', extensions: ['*'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** A blob: URL the app's own page created (blob:app://tdkt/…, or the dev server's in development). */
export function isOwnBlob(url: string, origin: string): boolean {
  return url.startsWith('blob:') && isSameOrigin(url.slice('blob:'.length), origin);
}

export interface DownloadOptions {
  /** The page's origin: app://tdkt, or the dev server's. */
  origin: string;
  /** Where the save dialog opens: the user's Documents folder. */
  folder: () => string;
  getWindow: () => BrowserWindow | null;
}

export function handleDownloads(ses: Session, options: DownloadOptions): void {
  ses.on('will-download', (event, item) => {
    if (!isOwnBlob(item.getURL(), options.origin)) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions(saveDialogOptions(item.getFilename(), options.folder()));
    item.once('done', (_event, state) => {
      // Cancelled in the dialog: the user already knows, nothing to say.
      if (state === 'completed') void offerToOpen(item.getSavePath(), options.getWindow());
      else if (state === 'interrupted') {
        dialog.showErrorBox(
          'TĐKT — không lưu được tệp',
          `Không lưu được tệp ${item.getFilename()}. Hãy chọn thư mục khác hoặc kiểm tra chỗ trống trên ổ đĩa.`,
        );
      }
    });
  });
}

/** After a save: open the file with its usual program, show it in its folder, or do nothing. */
export async function offerToOpen(path: string, win: BrowserWindow | null): Promise<void> {
  const buttons = kindOf(path).kind?.openable ? [OPEN_FILE, OPEN_FOLDER, CLOSE] : [OPEN_FOLDER, CLOSE];
  const box: MessageBoxOptions = {
    type: 'info',
    title: 'TĐKT',
    message: 'Đã lưu tệp.',
    detail: path,
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
    noLink: true,
  };
  const { response } = win ? await dialog.showMessageBox(win, box) : await dialog.showMessageBox(box);
  if (buttons[response] === OPEN_FILE) {
    const failure = await shell.openPath(path);
    if (failure) dialog.showErrorBox('TĐKT — không mở được tệp', `Không mở được ${path}: ${failure}`);
  } else if (buttons[response] === OPEN_FOLDER) {
    shell.showItemInFolder(path);
  }
}
