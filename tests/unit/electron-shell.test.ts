// The desktop shell against a stand-in for the `electron` module (the binary cannot run here) and the real
// core on a real SQLite file: window lock-down, CSP, permissions, the app:// scheme, start-up with a good
// and a broken database, and a request going all the way from the IPC channel to core and back.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { developmentCsp, PRODUCTION_CSP } from '../../core/hosts/static/csp.ts';
import { ROOT } from './helpers.ts';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  class Emitter {
    readonly listeners = new Map<string, Listener[]>();
    on(name: string, listener: Listener): this {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener): this {
      const wrapper: Listener = (...args) => {
        this.listeners.set(name, (this.listeners.get(name) ?? []).filter((l) => l !== wrapper));
        return listener(...args);
      };
      return this.on(name, wrapper);
    }
    emit(name: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
  }

  interface Frame {
    url: string;
    processId: number;
    routingId: number;
    parent: Frame | null;
  }

  class FakeWebContents extends Emitter {
    readonly mainFrame: Frame = { url: '', processId: 7, routingId: 3, parent: null };
    windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
    setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
      this.windowOpenHandler = handler;
    }
    isDestroyed(): boolean {
      return false;
    }
    send(): void {}
  }

  const state = {
    windows: [] as FakeBrowserWindow[],
    app: new Emitter(),
    paths: new Map<string, string>(),
    isPackaged: true,
    gotLock: true,
    quitCalls: 0,
    appUserModelId: null as string | null,
    errorBoxes: [] as { title: string; content: string }[],
    schemes: [] as { scheme: string; privileges?: Record<string, boolean> }[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
    ipcHandlers: new Map<string, (event: unknown, request: unknown) => Promise<unknown>>(),
    permissionRequest: null as null | ((wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void),
    permissionCheck: null as null | ((wc: unknown, permission: string, origin: string, details: unknown) => boolean),
    devicePermission: null as null | ((details: unknown) => boolean),
    headersListener: null as
      | null
      | ((details: { responseHeaders?: Record<string, string[]> }, callback: (r: { responseHeaders?: Record<string, string[]> }) => void) => void),
    sessionListeners: new Map<string, Listener>(),
    applicationMenu: null as null | { template: { label?: string; submenu?: { label?: string; role?: string }[] }[] },
    popups: [] as { label?: string; role?: string; enabled?: boolean }[][],
  };

  class FakeBrowserWindow extends Emitter {
    readonly options: { webPreferences?: Record<string, unknown>; title?: string; show?: boolean };
    readonly webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    shown = false;
    constructor(options: FakeBrowserWindow['options']) {
      super();
      this.options = options;
      state.windows.push(this);
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      this.webContents.mainFrame.url = url;
      return Promise.resolve();
    }
    show(): void {
      this.shown = true;
    }
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {}
  }

  const app = {
    on(name: string, listener: Listener) {
      state.app.on(name, listener);
      return app;
    },
    whenReady: () => Promise.resolve(),
    getPath(name: string): string {
      const path = state.paths.get(name);
      if (!path) throw new Error(`no path ${name}`);
      return path;
    },
    setPath(name: string, value: string) {
      state.paths.set(name, value);
    },
    requestSingleInstanceLock: () => state.gotLock,
    quit() {
      state.quitCalls++;
    },
    get isPackaged() {
      return state.isPackaged;
    },
    getVersion: () => '0.1.0',
    setAppUserModelId(id: string) {
      state.appUserModelId = id;
    },
  };

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof state.permissionRequest) => {
          state.permissionRequest = h;
        },
        setPermissionCheckHandler: (h: typeof state.permissionCheck) => {
          state.permissionCheck = h;
        },
        setDevicePermissionHandler: (h: typeof state.devicePermission) => {
          state.devicePermission = h;
        },
        webRequest: {
          onHeadersReceived: (l: typeof state.headersListener) => {
            state.headersListener = l;
          },
        },
        on: (name: string, listener: Listener) => {
          state.sessionListeners.set(name, listener);
        },
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: typeof state.schemes) => {
        state.schemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        state.protocolHandlers.set(scheme, handler);
      },
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, request: unknown) => Promise<unknown>) => {
        state.ipcHandlers.set(channel, handler);
      },
      removeHandler: (channel: string) => {
        state.ipcHandlers.delete(channel);
      },
    },
    dialog: {
      showErrorBox: (title: string, content: string) => {
        state.errorBoxes.push({ title, content });
      },
      showMessageBox: () => Promise.resolve({ response: 0 }),
    },
    Menu: {
      buildFromTemplate: (template: { label?: string; role?: string; enabled?: boolean }[]) => ({
        template,
        popup() {
          state.popups.push(template);
        },
      }),
      setApplicationMenu: (menu: typeof state.applicationMenu) => {
        state.applicationMenu = menu;
      },
    },
  };

  function reset(): void {
    state.windows.length = 0;
    state.app.listeners.clear();
    state.paths.clear();
    state.isPackaged = true;
    state.gotLock = true;
    state.quitCalls = 0;
    state.appUserModelId = null;
    state.errorBoxes.length = 0;
    state.schemes.length = 0;
    state.protocolHandlers.clear();
    state.ipcHandlers.clear();
    state.permissionRequest = null;
    state.permissionCheck = null;
    state.devicePermission = null;
    state.headersListener = null;
    state.sessionListeners.clear();
    state.applicationMenu = null;
    state.popups.length = 0;
  }

  return { state, electron, reset, FakeBrowserWindow };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { state } = fake;
let appData: string;

beforeEach(() => {
  fake.reset();
  appData = mkdtempSync(join(tmpdir(), 'tdkt-shell-'));
  state.paths.set('appData', appData);
  vi.unstubAllEnvs();
});

afterEach(() => {
  // Closes the database the started app opened, as the real app does on quit.
  state.app.emit('will-quit');
  rmSync(appData, { recursive: true, force: true });
});

async function boot() {
  vi.resetModules();
  const main = await import('../../electron/main.ts');
  await main.started;
  return main;
}

function theWindow() {
  expect(state.windows).toHaveLength(1);
  return state.windows[0];
}

function invoke(event: unknown, request: unknown) {
  const handler = state.ipcHandlers.get('tdkt:invoke');
  if (!handler) throw new Error('tdkt:invoke is not registered');
  return handler(event, request) as Promise<{ ok: boolean; result?: unknown; error?: { code: string; message: string } }>;
}

/** The window's webPreferences, all of them; the preload is the bundle next to the main script's folder. */
function lockedDown(mode: { devTools: boolean }) {
  return {
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
    spellcheck: false,
    preload: join(ROOT, 'preload', 'index.cjs'),
    devTools: mode.devTools,
  };
}

describe('start-up of the packaged app', () => {
  it('opens one locked-down window on app://tdkt with the database in the user data folder', async () => {
    await boot();
    const win = theWindow();
    // The whole set, compared strictly: an extra key (experimentalFeatures, additionalArguments, a
    // partition, a preload from elsewhere) fails as surely as a changed one.
    expect(win.options).toStrictEqual({
      title: 'TĐKT',
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 640,
      show: false,
      backgroundColor: '#ffffff',
      icon: undefined,
      webPreferences: lockedDown({ devTools: false }),
    });
    expect(win.loadedUrl).toBe('app://tdkt/index.html');

    const dataDir = join(appData, 'TDKT');
    expect(state.paths.get('userData')).toBe(dataDir);
    expect(existsSync(join(dataDir, 'tdkt.sqlite'))).toBe(true);
    expect(state.errorBoxes).toEqual([]);
    expect(state.quitCalls).toBe(0);
  });

  it('registers app:// as a standard secure scheme without CORS or CSP bypass, and serves it', async () => {
    await boot();
    // Exactly these privileges: no corsEnabled, bypassCSP, allowServiceWorkers or stream.
    expect(state.schemes).toStrictEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    const serve = state.protocolHandlers.get('app');
    expect([...state.protocolHandlers.keys()]).toEqual(['app']);
    const page = await serve?.(new Request('app://tdkt/index.html'));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toBe(PRODUCTION_CSP);
    expect(page?.headers.get('referrer-policy')).toBe('no-referrer');
    const nul = await serve?.(new Request('app://tdkt/%00index.html'));
    expect(nul?.status).toBe(400);
  });

  it('denies navigation, new windows and <webview> in the window', async () => {
    await boot();
    const contents = theWindow().webContents;
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://tdkt/index.html']) {
      const event = { url, preventDefault: vi.fn() };
      contents.emit('will-navigate', event);
      expect(event.preventDefault).toHaveBeenCalled();
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('shows the window only when it is ready to paint', async () => {
    await boot();
    const win = theWindow();
    expect(win.options.show).toBe(false);
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('refuses every permission request and check', async () => {
    await boot();
    const asked = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'serial', 'usb'];
    for (const permission of asked) {
      const callback = vi.fn();
      state.permissionRequest?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(state.permissionCheck?.({}, permission, 'app://tdkt', {})).toBe(false);
    }
    expect(state.permissionRequest).not.toBeNull();
    expect(state.devicePermission?.({})).toBe(false);
  });

  it('puts the strict CSP on every response, replacing one sent by a server', async () => {
    await boot();
    let headers: Record<string, string[]> | undefined;
    state.headersListener?.({ responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Other': ['1'] } }, (r) => {
      headers = r.responseHeaders;
    });
    expect(headers?.['X-Other']).toEqual(['1']);
    expect(headers?.['content-security-policy']).toBeUndefined();
    // The policy itself is checked directive by directive in tests/unit/core/hosts/static/csp.test.ts.
    expect(headers?.['Content-Security-Policy']).toStrictEqual([PRODUCTION_CSP]);
  });

  it('saves its own page\'s downloads through a Vietnamese dialog in Documents, and refuses any other', async () => {
    state.paths.set('documents', join(appData, 'Documents'));
    await boot();
    const willDownload = state.sessionListeners.get('will-download');
    expect(willDownload).toBeDefined();
    const item = (url: string, name: string) => ({
      options: null as null | { title?: string; defaultPath?: string },
      getURL: () => url,
      getFilename: () => name,
      setSaveDialogOptions(o: { title?: string; defaultPath?: string }) {
        this.options = o;
      },
      once: vi.fn(),
    });
    const own = item('blob:app://tdkt/0b6e', 'bao-cao-so-ket_01-BC-UBND_2021-04-14.docx');
    const ownEvent = { preventDefault: vi.fn() };
    willDownload?.(ownEvent, own, {});
    expect(ownEvent.preventDefault).not.toHaveBeenCalled();
    expect(own.options).toMatchObject({ title: 'Lưu văn bản', defaultPath: join(appData, 'Documents', 'bao-cao-so-ket_01-BC-UBND_2021-04-14.docx') });
    const foreign = item('https://example.com/x.docx', 'x.docx');
    const foreignEvent = { preventDefault: vi.fn() };
    willDownload?.(foreignEvent, foreign, {});
    expect(foreignEvent.preventDefault).toHaveBeenCalled();
    expect(foreign.options).toBeNull();
  });

  it('has a Vietnamese application menu', async () => {
    await boot();
    const template = state.applicationMenu?.template ?? [];
    expect(template.map((item) => item.label)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp']);
    const labels = template.flatMap((item) => item.submenu ?? []).map((item) => item.label).filter(Boolean);
    expect(labels).toContain('Sao chép');
    expect(labels).toContain('Thoát');
    expect(labels).not.toContain('Công cụ phát triển');
    for (const label of labels) expect(label).not.toMatch(/^(File|Edit|View|Help|Copy|Paste|Quit)$/);
  });

  it('offers a Vietnamese right-click menu in text fields and on selected text only', async () => {
    await boot();
    const contents = theWindow().webContents;
    const editFlags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
    contents.emit('context-menu', {}, { isEditable: true, selectionText: '', editFlags });
    contents.emit('context-menu', {}, { isEditable: false, selectionText: 'Phường 1', editFlags });
    contents.emit('context-menu', {}, { isEditable: false, selectionText: '  ', editFlags });
    expect(state.popups.map((items) => items.filter((i) => i.label).map((i) => i.label))).toEqual([
      ['Cắt', 'Sao chép', 'Dán', 'Chọn tất cả'],
      ['Sao chép'],
    ]);
  });

  it('answers a request from its own window through core, and refuses anyone else', async () => {
    await boot();
    const win = theWindow();
    const own = { sender: win.webContents, senderFrame: win.webContents.mainFrame };

    const info = await invoke(own, { method: 'app.info', args: {} });
    expect(info.ok).toBe(true);
    expect(info.result).toMatchObject({ schemaVersion: expect.any(Number), units: 0 });

    const bad = await invoke(own, { method: 'org.getUnit', args: { id: 'không phải số' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid' } });

    const unknown = await invoke(own, { method: 'system.exec', args: {} });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method', message: 'Không có chức năng "system.exec".' } });

    const iframe = { url: 'app://tdkt/index.html', processId: 7, routingId: 9, parent: win.webContents.mainFrame };
    const fromIframe = await invoke({ sender: win.webContents, senderFrame: iframe }, { method: 'app.info', args: {} });
    expect(fromIframe).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(String(fromIframe.error?.message)).toContain('từ chối');

    const other = new fake.FakeBrowserWindow({});
    const fromOther = await invoke({ sender: other.webContents, senderFrame: other.webContents.mainFrame }, { method: 'app.info', args: {} });
    expect(fromOther.ok).toBe(false);

    win.webContents.mainFrame.url = 'https://evil.example/';
    const navigatedAway = await invoke(own, { method: 'app.info', args: {} });
    expect(navigatedAway.ok).toBe(false);
  });

  it('keeps a second instance from opening the database', async () => {
    state.gotLock = false;
    await boot();
    expect(state.quitCalls).toBe(1);
    expect(state.windows).toHaveLength(0);
    expect(existsSync(join(appData, 'TDKT', 'tdkt.sqlite'))).toBe(false);
  });

  it('brings the existing window forward when a second instance starts', async () => {
    await boot();
    const win = theWindow();
    const focus = vi.spyOn(win, 'focus');
    state.app.emit('second-instance');
    expect(focus).toHaveBeenCalled();
  });

  it('closes the database cleanly on quit', async () => {
    await boot();
    const file = join(appData, 'TDKT', 'tdkt.sqlite');
    expect(existsSync(`${file}-wal`)).toBe(true);
    state.app.emit('will-quit');
    // SQLite checkpoints and removes the WAL when the last connection closes.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const win = theWindow();
    const after = await invoke({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, { method: 'app.info', args: {} });
    expect(after.ok).toBe(false);
  });

  it('quits when the window is closed', async () => {
    await boot();
    state.app.emit('window-all-closed');
    expect(state.quitCalls).toBe(1);
  });
});

describe('start-up with a database that cannot be opened', () => {
  it('says so in Vietnamese, quits, and leaves the file exactly as it was', async () => {
    const dataDir = join(appData, 'TDKT');
    mkdirSync(dataDir, { recursive: true });
    const file = join(dataDir, 'tdkt.sqlite');
    const content = Buffer.from('Đây không phải là cơ sở dữ liệu SQLite — bảng tính cũ.\n', 'utf8');
    writeFileSync(file, content);

    await boot();

    expect(state.errorBoxes).toHaveLength(1);
    const [box] = state.errorBoxes;
    expect(box.title).toBe('TĐKT — không mở được dữ liệu');
    expect(box.content).toContain(file);
    expect(box.content).toContain('không phải là cơ sở dữ liệu TĐKT');
    expect(box.content).toContain('Thư mục dữ liệu');
    expect(state.quitCalls).toBe(1);
    expect(state.windows).toHaveLength(0);
    expect(state.ipcHandlers.size).toBe(0);
    expect(readFileSync(file).equals(content)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('says the data is open in another program without suggesting a restore', async () => {
    const { startupErrorText } = await boot();
    // Imported after boot() reset the modules, so it is the class main.ts checks against.
    const { DatabaseError } = await import('../../db/errors.ts');
    const busy = new DatabaseError('Tệp dữ liệu "/x/tdkt.sqlite" đang được mở bởi một chương trình khác.', '/x/tdkt.sqlite', { reason: 'in-use' });
    expect(startupErrorText(busy, '/x')).toEqual({
      title: 'TĐKT — dữ liệu đang được mở',
      content: 'Tệp dữ liệu "/x/tdkt.sqlite" đang được mở bởi một chương trình khác.\n\nThư mục dữ liệu: /x',
    });
  });

  it('explains any other start-up failure in Vietnamese', async () => {
    const { startupErrorText } = await boot();
    expect(startupErrorText(new Error('EACCES'), '/x')).toEqual({
      title: 'TĐKT — lỗi khởi động',
      content: 'Không khởi động được TĐKT: EACCES',
    });
  });
});

describe('development mode', () => {
  it('loads the electron-vite dev server, trusts only its origin and allows devtools', async () => {
    state.isPackaged = false;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await boot();
    const win = theWindow();
    expect(win.loadedUrl).toBe('http://localhost:5173');
    // Development opens devtools and nothing else.
    expect(win.options.webPreferences).toStrictEqual(lockedDown({ devTools: true }));
    const devLabels = (state.applicationMenu?.template ?? []).flatMap((item) => item.submenu ?? []).map((item) => item.label);
    expect(devLabels).toContain('Công cụ phát triển');

    let csp = '';
    state.headersListener?.({ responseHeaders: {} }, (r) => {
      csp = r.responseHeaders?.['Content-Security-Policy']?.[0] ?? '';
    });
    expect(csp).toBe(developmentCsp('http://localhost:5173'));
    const page = await state.protocolHandlers.get('app')?.(new Request('app://tdkt/index.html'));
    expect(page?.headers.get('content-security-policy')).toBe(developmentCsp('http://localhost:5173'));

    const own = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    expect((await invoke(own, { method: 'app.info', args: {} })).ok).toBe(true);
    win.webContents.mainFrame.url = 'http://localhost:5174/';
    expect((await invoke(own, { method: 'app.info', args: {} })).ok).toBe(false);
  });

  it('reads no environment variable but the dev server’s, and no command-line argument', () => {
    // What the environment could point elsewhere (a preload, a page, a session) must come from the code.
    const dir = join(ROOT, 'electron');
    const uses = readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) => {
        const text = readFileSync(join(dir, name), 'utf8');
        return [...text.matchAll(/process\.(?:env|argv)\b(?:\.\w+|\[[^\]]*\])?|from '(?:node:)?process'/gu)].map((m) => `${name}: ${m[0]}`);
      });
    expect(uses).toStrictEqual(['main.ts: process.env.ELECTRON_RENDERER_URL']);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    state.isPackaged = true;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://attacker.example');
    await boot();
    expect(theWindow().loadedUrl).toBe('app://tdkt/index.html');
    expect(theWindow().options.webPreferences).toStrictEqual(lockedDown({ devTools: false }));
    let csp = '';
    state.headersListener?.({ responseHeaders: {} }, (r) => {
      csp = r.responseHeaders?.['Content-Security-Policy']?.[0] ?? '';
    });
    expect(csp).toBe(PRODUCTION_CSP);
  });
});
