// First start: the agency profile, then (on an empty database) the choice of demo data.
import { DatabaseOutlined, FileAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../api/client.ts';
import { AgencyForm } from '../components/AgencyForm.tsx';
import { showApiError } from '../components/formErrors.ts';
import type { SessionSnapshot } from '../state/session.tsx';

interface Props {
  snapshot: SessionSnapshot;
  onDone: () => Promise<void>;
}

export function SetupPage({ snapshot, onDone }: Props) {
  const { message } = App.useApp();
  const [step, setStep] = useState(0);
  const [loadingDemo, setLoadingDemo] = useState(false);
  const emptyDatabase = snapshot.info.units === 0 && snapshot.info.campaigns === 0;

  const loadDemo = async () => {
    setLoadingDemo(true);
    try {
      await call('demo.load', {});
      void message.success('Đã tạo dữ liệu mẫu.');
      await onDone();
    } catch (e) {
      showApiError(e, message);
      setLoadingDemo(false);
    }
  };

  return (
    <div className="setup-screen">
      <Card className="setup-card" title={<span data-testid="setup-title">Thiết lập ban đầu — TĐKT</span>}>
        <Steps
          size="small"
          current={step}
          items={[{ title: 'Thông tin cơ quan' }, { title: 'Dữ liệu ban đầu' }]}
          style={{ marginBottom: 16 }}
        />
        {step === 0 ? (
          <>
            <Typography.Paragraph type="secondary">
              Thông tin này dùng cho phần đầu và phần chữ ký của các văn bản (kế hoạch, báo cáo, quyết định). Có thể
              sửa lại sau ở mục «Cơ quan», nơi cũng thêm được người ký khác, Hội đồng Thi đua - Khen thưởng và nơi nhận.
            </Typography.Paragraph>
            <AgencyForm
              initial={snapshot.agency}
              submitText="Lưu và tiếp tục"
              withFirstSigner
              onSaved={() => (emptyDatabase ? setStep(1) : void onDone())}
            />
          </>
        ) : (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Paragraph>
              Cơ sở dữ liệu đang trống. Có thể bắt đầu nhập từ đầu, hoặc tạo dữ liệu mẫu để làm quen: đợt hoạt động
              cao điểm thi đua chào mừng 100 ngày thành lập TP Thủ Đức (Kế hoạch số 19/KH-UBND ngày 12/3/2021) với 25
              khối, 04 cụm thi đua, 254 đơn vị và 703 công trình.
            </Typography.Paragraph>
            <Space wrap>
              <Button
                type="primary"
                icon={<DatabaseOutlined />}
                loading={loadingDemo}
                onClick={() => void loadDemo()}
                data-testid="load-demo"
              >
                Tạo dữ liệu mẫu
              </Button>
              <Button icon={<FileAddOutlined />} disabled={loadingDemo} onClick={() => void onDone()} data-testid="start-empty">
                Bắt đầu với dữ liệu trống
              </Button>
            </Space>
          </Space>
        )}
      </Card>
    </div>
  );
}
