// The IPC host in isolation: which frames are trusted, what a request must look like, and that every
// refusal is an envelope with a Vietnamese message (never a rejected promise). Bad arguments are checked
// against the real router and a real database; the rest uses a recording router so we can see what
// reaches core at all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApp, type TdktApp } from '../../core/app.ts';
import type { Envelope } from '../../core/api/envelope.ts';
import {
  BAD_REQUEST_MESSAGE,
  createFrameGuard,
  type FrameGuard,
  handleInvoke,
  isSameOrigin,
  REFUSED_SENDER_MESSAGE,
  type RouterLike,
  registerIpc,
  type SenderInfo,
  sendEvent,
} from '../../electron/ipc.ts';

// ipc.ts only imports types from electron; the mock makes sure nothing here can reach the real binary.
vi.mock('electron', () => ({ default: {} }));

interface Frame {
  url: string;
  processId: number;
  routingId: number;
  parent: Frame | null;
}

function makeWindow(url = 'app://tdkt/index.html') {
  const mainFrame: Frame = { url, processId: 4, routingId: 1, parent: null };
  const webContents = { mainFrame };
  return { destroyed: false, isDestroyed() { return this.destroyed; }, webContents };
}

function eventFrom(sender: unknown, frame: Frame | null): SenderInfo {
  return { sender, senderFrame: frame } as unknown as SenderInfo;
}

function recordingRouter(answer: Envelope = { ok: true, result: 'đã gọi' }) {
  const calls: { method: string; args: unknown }[] = [];
  const router: RouterLike = {
    call(method, args) {
      calls.push({ method, args });
      return Promise.resolve(answer);
    },
  };
  return { router, calls };
}

const trustAll: FrameGuard = () => true;

describe('the frame guard', () => {
  const win = makeWindow();
  const guard = createFrameGuard(() => win, 'app://tdkt');
  const top = win.webContents.mainFrame;

  it('trusts the top frame of our window showing the app', () => {
    expect(guard(eventFrom(win.webContents, top))).toBe(true);
    // Another WebFrameMain object for the same frame (same process and routing id) is the same frame.
    expect(guard(eventFrom(win.webContents, { ...top }))).toBe(true);
  });

  it('refuses an iframe, even one on the app origin', () => {
    expect(guard(eventFrom(win.webContents, { url: 'app://tdkt/x.html', processId: 4, routingId: 2, parent: top }))).toBe(false);
    // Belt and braces: any frame with a parent is refused, whatever ids it reports.
    expect(guard(eventFrom(win.webContents, { ...top, parent: top }))).toBe(false);
  });

  it('refuses a frame that is not our top frame', () => {
    expect(guard(eventFrom(win.webContents, { url: 'app://tdkt/index.html', processId: 4, routingId: 9, parent: null }))).toBe(false);
    expect(guard(eventFrom(win.webContents, { url: 'app://tdkt/index.html', processId: 5, routingId: 1, parent: null }))).toBe(false);
  });

  it('refuses other webContents and a missing frame', () => {
    const other = makeWindow();
    expect(guard(eventFrom(other.webContents, other.webContents.mainFrame))).toBe(false);
    expect(guard(eventFrom(win.webContents, null))).toBe(false);
  });

  it('refuses our window once it shows another origin', () => {
    for (const url of ['https://evil.example/', 'app://other/index.html', 'file:///C:/index.html', 'http://tdkt/', '']) {
      expect(guard(eventFrom(win.webContents, { ...top, url }))).toBe(false);
    }
  });

  it('refuses when there is no window or it is destroyed', () => {
    expect(createFrameGuard(() => null, 'app://tdkt')(eventFrom(win.webContents, top))).toBe(false);
    const closed = makeWindow();
    closed.destroyed = true;
    expect(createFrameGuard(() => closed, 'app://tdkt')(eventFrom(closed.webContents, closed.webContents.mainFrame))).toBe(false);
  });

  it('compares origins by scheme, host and port', () => {
    expect(isSameOrigin('app://tdkt/a/b?c#d', 'app://tdkt')).toBe(true);
    expect(isSameOrigin('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isSameOrigin('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isSameOrigin('not a url', 'app://tdkt')).toBe(false);
  });
});

describe('requests', () => {
  it('passes a valid request from a trusted frame to the router unchanged', async () => {
    const { router, calls } = recordingRouter();
    const args = { query: 'Phường Bến Nghé' };
    const reply = await handleInvoke(router, trustAll, eventFrom(null, null), { method: 'org.listUnits', args });
    expect(reply).toEqual({ ok: true, result: 'đã gọi' });
    expect(calls).toEqual([{ method: 'org.listUnits', args }]);
  });

  it('refuses a foreign sender before looking at the request', async () => {
    const { router, calls } = recordingRouter();
    const reply = await handleInvoke(router, () => false, eventFrom(null, null), { method: 'app.info', args: {} });
    expect(reply).toEqual({ ok: false, error: { code: 'invalid', message: REFUSED_SENDER_MESSAGE } });
    expect(calls).toEqual([]);
  });

  it('treats a guard that throws (frame gone) as a foreign sender', async () => {
    const { router, calls } = recordingRouter();
    const throwing: FrameGuard = () => {
      throw new Error('Object has been destroyed');
    };
    const reply = await handleInvoke(router, throwing, eventFrom(null, null), { method: 'app.info', args: {} });
    expect(reply).toMatchObject({ ok: false, error: { message: REFUSED_SENDER_MESSAGE } });
    expect(calls).toEqual([]);
  });

  it('refuses anything that is not {method: string, args}', async () => {
    const { router, calls } = recordingRouter();
    const malformed: unknown[] = [
      undefined,
      null,
      'app.info',
      42,
      [],
      {},
      { method: 1, args: {} },
      { method: '', args: {} },
      { method: 'x'.repeat(101), args: {} },
      { method: 'app.info', args: {}, extra: true },
      { args: {} },
    ];
    for (const request of malformed) {
      const reply = await handleInvoke(router, trustAll, eventFrom(null, null), request);
      expect(reply).toEqual({ ok: false, error: { code: 'invalid', message: BAD_REQUEST_MESSAGE } });
    }
    expect(calls).toEqual([]);
  });

  it('refuses unknown methods without reaching the router, including prototype names', async () => {
    const { router, calls } = recordingRouter();
    for (const method of ['system.exec', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const reply = await handleInvoke(router, trustAll, eventFrom(null, null), { method, args: {} });
      expect(reply).toEqual({ ok: false, error: { code: 'unknown_method', message: `Không có chức năng "${method}".` } });
    }
    expect(calls).toEqual([]);
  });

  it('turns a router that throws into an error envelope', async () => {
    const router: RouterLike = { call: () => Promise.reject(new Error('hỏng')) };
    const reply = (await handleInvoke(router, trustAll, eventFrom(null, null), { method: 'app.info', args: {} })) as Envelope;
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('internal');
    expect(reply.error.message).toMatch(/^Lỗi không mong đợi, việc này chưa làm được\. .*Xuất nhật ký/u);
    expect(reply.error.message).not.toContain('hỏng');
  });
});

describe('with the real router and database', () => {
  let dir: string;
  let app: TdktApp;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tdkt-ipc-'));
    app = openApp(dir);
  });
  afterAll(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a valid call', async () => {
    const reply = await handleInvoke(app, trustAll, eventFrom(null, null), { method: 'app.info', args: {} });
    expect(reply).toMatchObject({ ok: true, result: { units: 0 } });
  });

  it('refuses bad arguments with Vietnamese field messages', async () => {
    const reply = await handleInvoke(app, trustAll, eventFrom(null, null), {
      method: 'org.saveUnit',
      args: { code: '', name: 42, kind: 'không có' },
    });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('invalid');
    expect(reply.error.message).toMatch(/^Dữ liệu không hợp lệ/);
    expect(Object.keys(reply.error.fields ?? {})).toEqual(expect.arrayContaining(['code', 'name', 'kind']));
  });

  it('refuses unexpected extra arguments', async () => {
    const reply = await handleInvoke(app, trustAll, eventFrom(null, null), { method: 'app.info', args: { sql: 'DROP TABLE units' } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});

describe('registration', () => {
  it('uses exactly one channel and can remove it', async () => {
    const handlers = new Map<string, (event: unknown, request: unknown) => Promise<Envelope>>();
    const ipcMain = {
      handle: vi.fn((channel: string, handler: (event: unknown, request: unknown) => Promise<Envelope>) => {
        handlers.set(channel, handler);
      }),
      removeHandler: vi.fn((channel: string) => {
        handlers.delete(channel);
      }),
    };
    const { router } = recordingRouter();
    const remove = registerIpc(ipcMain as never, router, trustAll);
    expect([...handlers.keys()]).toEqual(['tdkt:invoke']);
    const reply = await handlers.get('tdkt:invoke')?.({}, { method: 'app.info', args: {} });
    expect(reply).toEqual({ ok: true, result: 'đã gọi' });
    remove();
    expect(handlers.size).toBe(0);
  });

  it('sends events on the prefixed channel, and not to a destroyed window', () => {
    const target = { destroyed: false, sent: [] as unknown[][], isDestroyed() { return this.destroyed; }, send(...a: unknown[]) { this.sent.push(a); } };
    sendEvent(target as never, 'progress', { done: 3, total: 10 });
    target.destroyed = true;
    sendEvent(target as never, 'progress', { done: 4, total: 10 });
    expect(target.sent).toEqual([['tdkt:event:progress', { done: 3, total: 10 }]]);
  });
});
