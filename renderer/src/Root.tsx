// First question on every start: is there an agency profile yet? Without one the user gets the setup
// screen; with one, the working app.
import { Alert, Button, Spin } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { errorMessage } from './api/client.ts';
import { Shell } from './Shell.tsx';
import { dropEarly } from './state/boot.ts';
import { loadSession, SessionProvider, type SessionSnapshot } from './state/session.tsx';

// Seen once per installation: not worth a place in the bundle every start loads.
const SetupPage = lazy(() => import('./pages/SetupPage.tsx').then((m) => ({ default: m.SetupPage })));

function Loading() {
  return (
    <div className="center-screen">
      <Spin size="large" description="Đang mở dữ liệu…" />
    </div>
  );
}

/** `first`: the session main.tsx already read, or null to read it here. */
export function Root({ first }: { first: SessionSnapshot | null }) {
  const [snapshot, setSnapshot] = useState<SessionSnapshot | null>(first);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      setSnapshot(await loadSession());
    } catch (e) {
      setError(e);
    }
  }, []);

  // Only once, and only when main.tsx had nothing: a later load() comes from "Thử lại" or the setup.
  const [hadFirst] = useState(first !== null);
  useEffect(() => {
    if (!hadFirst) void load();
  }, [hadFirst, load]);

  if (error) {
    return (
      <div className="center-screen">
        <Alert
          type="error"
          showIcon
          title="Không mở được dữ liệu"
          description={errorMessage(error)}
          action={<Button onClick={() => void load()}>Thử lại</Button>}
        />
      </div>
    );
  }
  if (!snapshot) return <Loading />;
  if (!snapshot.info.hasAgency) {
    // Whatever was fetched early predates the setup.
    dropEarly();
    return (
      <Suspense fallback={<Loading />}>
        <SetupPage snapshot={snapshot} onDone={load} />
      </Suspense>
    );
  }
  return (
    <SessionProvider initial={snapshot}>
      <Shell />
    </SessionProvider>
  );
}
