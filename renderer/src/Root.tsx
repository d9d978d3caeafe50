// First question on every start: is there an agency profile yet? Without one the user gets the setup
// screen; with one, the working app.
import { Alert, Button, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from './api/client.ts';
import { Shell } from './Shell.tsx';
import { SetupPage } from './pages/SetupPage.tsx';
import { loadSession, SessionProvider, type SessionSnapshot } from './state/session.tsx';

export function Root() {
  const [snapshot, setSnapshot] = useState<SessionSnapshot | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      setSnapshot(await loadSession());
    } catch (e) {
      setError(e);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

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
  if (!snapshot) {
    return (
      <div className="center-screen">
        <Spin size="large" description="Đang mở dữ liệu…" />
      </div>
    );
  }
  if (!snapshot.info.hasAgency) {
    return (
      <SetupPage
        snapshot={snapshot}
        onDone={load}
      />
    );
  }
  return (
    <SessionProvider initial={snapshot}>
      <Shell />
    </SessionProvider>
  );
}
