// The one application window and its navigation lock-down. The renderer is a single-page app: it never
// needs to navigate the window, open another window or embed a <webview>, so all three are refused.
import { BrowserWindow, type WebContents } from 'electron';

export interface MainWindowOptions {
  preload: string;
  /** Devtools only in development: a packaged build gives the page no inspector. */
  devTools: boolean;
  icon?: string;
}

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  // Chromium's spellchecker downloads English/Hunspell dictionaries on Linux and underlines Vietnamese.
  spellcheck: false,
} as const;

export function lockNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: 'TĐKT',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    icon: options.icon,
    webPreferences: { ...WEB_PREFERENCES, preload: options.preload, devTools: options.devTools },
  });
  lockNavigation(win.webContents);
  // Shown once painted, so the user never sees a blank white frame while React starts.
  win.once('ready-to-show', () => win.show());
  return win;
}
