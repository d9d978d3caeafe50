import 'dayjs/locale/vi';
import { App as AntApp, ConfigProvider, theme } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './Root.tsx';
import './styles.css';

dayjs.locale('vi');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider
      locale={viVN}
      theme={{
        // Office tool: dense tables and forms on one screen.
        algorithm: theme.compactAlgorithm,
        // Blue, not the brand red: a red focus ring reads as a validation error.
        token: { colorPrimary: '#1f5fbf', borderRadius: 4, fontSize: 13 },
      }}
    >
      <AntApp>
        <Root />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
