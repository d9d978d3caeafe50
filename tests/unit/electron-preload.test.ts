// The preload gives the page window.tdkt = { invoke, on } and nothing else: no ipcRenderer, no other
// channel, no IPC event object (whose `sender` would be ipcRenderer itself).
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, payload: unknown) => void;

const fake = vi.hoisted(() => {
  const state = {
    exposed: [] as { key: string; api: Record<string, unknown> }[],
    invoked: [] as unknown[][],
    listeners: new Map<string, Listener[]>(),
  };
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: Record<string, unknown>) => {
        state.exposed.push({ key, api });
      },
    },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        state.invoked.push(args);
        return Promise.resolve({ ok: true, result: 'trả lời' });
      },
      on: (channel: string, listener: Listener) => {
        state.listeners.set(channel, [...(state.listeners.get(channel) ?? []), listener]);
      },
      removeListener: (channel: string, listener: Listener) => {
        state.listeners.set(channel, (state.listeners.get(channel) ?? []).filter((l) => l !== listener));
      },
    },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { state } = fake;

interface Bridge {
  invoke(method: unknown, args?: unknown): Promise<unknown>;
  on(name: unknown, callback: unknown): () => void;
}

async function loadPreload(): Promise<Bridge> {
  state.exposed.length = 0;
  state.invoked.length = 0;
  state.listeners.clear();
  vi.resetModules();
  await import('../../electron/preload.ts');
  expect(state.exposed).toHaveLength(1);
  return state.exposed[0].api as unknown as Bridge;
}

describe('preload', () => {
  let bridge: Bridge;
  beforeEach(async () => {
    bridge = await loadPreload();
  });

  it('exposes exactly window.tdkt with invoke and on', () => {
    expect(state.exposed.map((e) => e.key)).toStrictEqual(['tdkt']);
    const api = state.exposed[0].api;
    // Every own key, not only the enumerable ones: a hidden `ipc: ipcRenderer` would still cross the bridge.
    expect(Reflect.ownKeys(api)).toStrictEqual(['invoke', 'on']);
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
    for (const key of ['invoke', 'on'] as const) {
      expect(Object.getOwnPropertyDescriptor(api, key)).toStrictEqual({ value: api[key], writable: true, enumerable: true, configurable: true });
      expect(typeof api[key]).toBe('function');
    }
  });

  it('sends every call on the one channel as {method, args}', async () => {
    const reply = await bridge.invoke('org.listUnits', { query: 'Thủ Đức' });
    expect(reply).toStrictEqual({ ok: true, result: 'trả lời' });
    expect(state.invoked).toStrictEqual([['tdkt:invoke', { method: 'org.listUnits', args: { query: 'Thủ Đức' } }]]);
  });

  it('does not let the page choose the channel', async () => {
    await bridge.invoke('tdkt:other', 'x');
    expect(state.invoked[0][0]).toBe('tdkt:invoke');
    expect(state.invoked[0]).toHaveLength(2);
  });

  it('delivers only the payload of known events and can unsubscribe', () => {
    const received: unknown[][] = [];
    const off = bridge.on('progress', (...args: unknown[]) => received.push(args));
    const listeners = state.listeners.get('tdkt:event:progress') ?? [];
    expect(listeners).toHaveLength(1);
    listeners[0]({ sender: 'ipcRenderer' }, { done: 1, total: 2 });
    expect(received).toStrictEqual([[{ done: 1, total: 2 }]]);
    expect([...state.listeners.keys()]).toStrictEqual(['tdkt:event:progress']);
    off();
    expect(state.listeners.get('tdkt:event:progress')).toStrictEqual([]);
  });

  it('refuses unknown event names and non-function callbacks in Vietnamese', () => {
    for (const name of ['tdkt:invoke', 'tdkt:event:progress', 'ping', '', 42]) {
      expect(() => bridge.on(name, () => {})).toThrow(/Không có sự kiện/);
    }
    expect(() => bridge.on('progress', 'không phải hàm')).toThrow('Cần truyền một hàm để nhận sự kiện.');
    expect(state.listeners.size).toBe(0);
  });
});
