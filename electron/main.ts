// The main process: one instance, one window, the core app on the user's data folder, and the IPC host
// in between. Everything security-related is wired here in order: scheme privileges before ready, session
// lock-down and the app:// handler before the first page loads, the IPC guard before the window exists.
import { join } from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, session } from 'electron';
import { openApp, type TdktApp } from '../core/app.ts';
import { forUser } from '../core/errors/for-user.ts';
import { DatabaseError } from '../db/errors.ts';
import { developmentCsp, PRODUCTION_CSP } from '../core/hosts/static/csp.ts';
import { createShellHandler } from './dialogs.ts';
import { printPdf } from './print.ts';
import { handleDownloads } from './downloads.ts';
import { createFrameGuard, forwardEvents, registerIpc } from './ipc.ts';
import { attachContextMenu, installApplicationMenu } from './menu.ts';
import { APP_ENTRY_URL, APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol.ts';
import { hardenSession } from './security.ts';
import { createMainWindow } from './window.ts';

export const APP_ID = 'vn.tdkt.app';
/**
 * Fixed and ASCII: Electron would otherwise derive the folder from package.json (name or productName),
 * so renaming the product would silently move — i.e. lose — the user's database.
 */
export const DATA_FOLDER_NAME = 'TDKT';

export function startupErrorText(error: unknown, dataDir: string): { title: string; content: string } {
  if (error instanceof DatabaseError && error.reason === 'in-use') {
    // Restoring a backup would be the wrong advice: the file is fine, another program has it.
    return { title: 'TĐKT — dữ liệu đang được mở', content: `${error.message}\n\nThư mục dữ liệu: ${dataDir}` };
  }
  if (error instanceof DatabaseError) {
    return {
      title: 'TĐKT — không mở được dữ liệu',
      content:
        `${error.message}\n\n` +
        'TĐKT sẽ đóng lại và không ghi gì vào tệp này. Hãy kiểm tra lại tệp hoặc khôi phục từ một bản sao lưu.\n' +
        `Thư mục dữ liệu: ${dataDir}`,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { title: 'TĐKT — lỗi khởi động', content: `Không khởi động được TĐKT: ${message}` };
}

/** `mainDir` is where the bundled main script lives (out/main); preload and renderer are its siblings. */
export async function start(mainDir: string = import.meta.dirname): Promise<void> {
  registerAppScheme();
  app.setPath('userData', join(app.getPath('appData'), DATA_FOLDER_NAME));
  // Two instances on one database would fight over it; the second one hands over to the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

  let core: TdktApp | null = null;
  let win: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    try {
      core?.close();
    } catch (error) {
      // The log has the detail; the user hears that the data is kept and what to do.
      dialog.showErrorBox('TĐKT — chưa đóng trọn vẹn tệp dữ liệu', forUser(error).message);
    }
    core = null;
  });

  await app.whenReady();
  const dataDir = app.getPath('userData');
  try {
    core = openApp(dataDir);
  } catch (error) {
    const { title, content } = startupErrorText(error, dataDir);
    dialog.showErrorBox(title, content);
    app.quit();
    return;
  }

  // An environment variable must not be able to point a packaged app at another page.
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const devTools = !app.isPackaged;
  const csp = devServerUrl ? developmentCsp(devServerUrl) : PRODUCTION_CSP;
  hardenSession(session.defaultSession, csp);
  handleDownloads(session.defaultSession, {
    origin: devServerUrl ?? APP_ORIGIN,
    folder: () => app.getPath('documents'),
    getWindow: () => win,
  });
  serveRenderer(join(mainDir, '..', 'renderer'), csp);
  const dataFolder = core.dataDir;
  const print = createShellHandler(() => win, (a) => printPdf(a.path, { dataDir: dataFolder, printer: a.printer }));
  registerIpc(ipcMain, core, createFrameGuard(() => win, devServerUrl ?? APP_ORIGIN), print);
  installApplicationMenu({ version: app.getVersion(), devTools, getWindow: () => win });

  win = createMainWindow({ preload: join(mainDir, '..', 'preload', 'index.cjs'), devTools });
  forwardEvents(core, () => win?.webContents ?? null);
  attachContextMenu(win.webContents);
  win.on('closed', () => {
    win = null;
  });
  try {
    await win.loadURL(devServerUrl ?? APP_ENTRY_URL);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('TĐKT — không tải được giao diện', `Không tải được giao diện của TĐKT: ${message}`);
  }
}

export const started = start();
