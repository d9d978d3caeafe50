// Following one job of core/jobs on screen. Its changes arrive as 'progress' events: from the preload's
// bridge in the desktop app, from the browser host's server-sent events (/api/events) otherwise; while
// that stream is down the job is asked for by jobs.get every POLL_MS. One stream serves every job shown.
import { useCallback, useEffect, useState } from 'react';
import type { JobInfo } from '../../../core/api/types.ts';
import { call, sessionToken } from './client.ts';

const POLL_MS = 1500;

type Listener = (job: JobInfo) => void;

interface EventBridge {
  on(name: 'progress', callback: (payload: unknown) => void): () => void;
}

function eventBridge(): EventBridge | undefined {
  return (window as unknown as { tdkt?: EventBridge }).tdkt;
}

const listeners = new Set<Listener>();
let source: EventSource | null = null;
let unsubscribeBridge: (() => void) | null = null;

function dispatch(payload: unknown): void {
  for (const listener of listeners) listener(payload as JobInfo);
}

function connect(): void {
  const b = eventBridge();
  if (b) {
    unsubscribeBridge ??= b.on('progress', dispatch);
    return;
  }
  if (source) return;
  source = new EventSource(`/api/events?token=${encodeURIComponent(sessionToken())}`);
  source.addEventListener('progress', (event) => {
    try {
      dispatch(JSON.parse((event as MessageEvent<string>).data));
    } catch {
      // A torn line is followed by the next change, or by the poll.
    }
  });
}

function disconnect(): void {
  if (listeners.size > 0) return;
  unsubscribeBridge?.();
  unsubscribeBridge = null;
  source?.close();
  source = null;
}

/** True while changes arrive by themselves (the bridge, or an open event stream). */
function streaming(): boolean {
  return unsubscribeBridge !== null || source?.readyState === EventSource.OPEN;
}

export interface JobView {
  job: JobInfo | null;
  /** A failure to reach the job (not the job's own failure, which is job.error). */
  error: unknown;
  cancel(): Promise<void>;
}

export function useJob(jobId: string | null): JobView {
  const [job, setJob] = useState<JobInfo | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setJob(null);
    setError(null);
    if (!jobId) return;
    let ended = false;
    const take = (info: JobInfo) => {
      if (info.id !== jobId || ended) return;
      // A jobs.get answer can arrive after a newer event: the bar never goes back.
      setJob((shown) => (shown && info.state === 'dang_chay' && info.done < shown.done ? shown : info));
      if (info.state !== 'dang_chay') ended = true;
    };
    listeners.add(take);
    connect();
    const ask = () =>
      call('jobs.get', { id: jobId }).then(take, (e: unknown) => {
        ended = true;
        setError(e);
      });
    // What happened before this screen listened; then only when the stream is down.
    void ask();
    const poll = setInterval(() => {
      if (!ended && !streaming()) void ask();
    }, POLL_MS);
    return () => {
      clearInterval(poll);
      listeners.delete(take);
      disconnect();
    };
  }, [jobId]);

  const cancel = useCallback(async () => {
    if (!jobId) return;
    try {
      setJob(await call('jobs.cancel', { id: jobId }));
    } catch (e) {
      setError(e);
    }
  }, [jobId]);

  return { job, error, cancel };
}
