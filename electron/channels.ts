// Names shared by the main process and the preload. Kept free of imports so the sandboxed preload bundle
// stays tiny and never pulls main-process code (or zod) into the renderer's process.

/** The one request channel: renderer → main → core router. */
export const INVOKE_CHANNEL = 'tdkt:invoke';

/** Events main → renderer. The renderer subscribes by the short name; the IPC channel carries a prefix. */
export const EVENT_NAMES = ['progress'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}

export function eventChannel(name: EventName): string {
  return `tdkt:event:${name}`;
}

/** What the preload puts on `window.tdkt` — and nothing else. */
export interface TdktBridge {
  /** Resolves to the router's envelope; never rejects for a refused request. */
  invoke(method: string, args?: unknown): Promise<unknown>;
  /** Returns a function that removes the listener. */
  on(name: EventName, callback: (payload: unknown) => void): () => void;
}
