// The application, loaded by main.tsx once the first requests are on their way.
import 'dayjs/locale/vi';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './Root.tsx';
import { takeEarlySession } from './state/boot.ts';
import type { SessionSnapshot } from './state/session.tsx';
import './styles.css';

dayjs.locale('vi');

function render(first: SessionSnapshot | null) {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ConfigProvider
        locale={viVN}
        theme={{
          // antd's own sizes (14 px text): the compact algorithm set text from its small size, 11 px
          // and less in small tables, where stacked Vietnamese marks ("Ưởng", "Ộ") ran together.
          // Blue, not the brand red: a red focus ring reads as a validation error.
          token: { colorPrimary: '#1f5fbf', borderRadius: 4 },
        }}
      >
        <AntApp>
          <Root first={first} />
        </AntApp>
      </ConfigProvider>
    </StrictMode>,
  );
}

// The session is normally in by now: rendering with it skips a "loading" frame. A failure is left to
// Root, which shows it with a way to try again.
const early = takeEarlySession();
if (early) early.then(render, () => render(null));
else render(null);
