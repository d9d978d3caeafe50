// Loading a result for a screen: re-runs when the arguments change, keeps the last data while a new
// request is in flight (no flicker on every keystroke), and drops answers that arrive out of order.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Args, Method, Result } from '../../../core/api/contract.ts';
import { call } from './client.ts';

export interface Query<T> {
  data: T | undefined;
  /** The arguments (as JSON text) `data` answers; while new ones are in flight it still names the old. */
  dataKey: string | null;
  loading: boolean;
  error: unknown;
  reload: () => Promise<void>;
}

/**
 * `early`, when given, may supply the first answer (a request already sent at start-up); it is asked
 * once, and a null from it means "ask core".
 */
export function useQuery<M extends Method>(
  method: M,
  args: Args<M> | null,
  early?: () => Promise<Result<M> | null> | null,
): Query<Result<M>> {
  const [answer, setAnswer] = useState<{ data: Result<M>; key: string } | null>(null);
  const [loading, setLoading] = useState(args !== null);
  const [error, setError] = useState<unknown>(null);
  const seq = useRef(0);
  const earlyRef = useRef(early);
  // Arguments are plain JSON: their text is a stable dependency even when callers build a new object.
  const key = args === null ? null : JSON.stringify(args);

  const run = useCallback(async () => {
    if (key === null) return;
    const mine = ++seq.current;
    setLoading(true);
    try {
      const first = earlyRef.current?.() ?? null;
      earlyRef.current = undefined;
      const result = (first && (await first)) ?? (await call(method, JSON.parse(key) as Args<M>));
      if (mine === seq.current) {
        setAnswer({ data: result, key });
        setError(null);
      }
    } catch (e) {
      if (mine === seq.current) setError(e);
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, [method, key]);

  useEffect(() => {
    void run();
  }, [run]);

  return { data: answer?.data, dataKey: answer?.key ?? null, loading, error, reload: run };
}
