// The export half of Trao đổi dữ liệu: for the campaign picked, the .tdkt packets (the whole campaign for
// a second secretariat PC, or what one unit needs; on a unit's own install only that unit's report and
// proposal packets), the registration form in Excel (all units, the unit picked, or one workbook per unit zipped)
// and the units workbook. Packets and the units workbook come back at once and download; the forms
// run as a job (254 per-unit workbooks take seconds) whose bar and file are the shared JobProgress.
import { CloseOutlined, FileExcelOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Args } from '../../../core/api/contract.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { CampaignPicker } from '../components/CampaignPicker.tsx';
import { showApiError } from '../components/formErrors.ts';
import { JobProgress } from '../components/JobProgress.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { downloadBase64 } from '../documents/files.ts';
import { useSession } from '../state/session.tsx';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PACKET_MIME = 'application/zip';

type FormScope = 'all' | 'unit' | 'perUnit';
type Busy = 'campaign' | 'unit' | 'report' | 'proposal' | 'form' | 'units' | null;

// A fixed width for the labels of the rows, so the buttons line up.
const ROW_LABEL = { display: 'inline-block', width: 150 } as const;

export function ExportCard() {
  const { message } = App.useApp();
  const { campaignId } = useSession();
  const settings = useQuery('settings.get', {});
  const units = useQuery('org.listUnits', { includeInactive: true });
  const campaign = useQuery('campaigns.get', campaignId ? { id: campaignId } : null);
  const [unitId, setUnitId] = useState<number | undefined>();
  const [scope, setScope] = useState<FormScope>('all');
  const [busy, setBusy] = useState<Busy>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [jobEnded, setJobEnded] = useState(false);

  const ownUnit = settings.data?.installUnitCode ?? null;
  const unit = units.data?.find((u) => u.id === unitId);
  // A unit that is not (or no longer) in the picked campaign is not offered.
  const chosen = unit && campaign.data?.unitIds.includes(unit.id) ? unit : undefined;
  // On a unit's install its own form is the one-unit form; elsewhere the unit picked.
  const formUnit = ownUnit ? units.data?.find((u) => u.code.toUpperCase() === ownUnit.toUpperCase()) : chosen;

  const run = async (what: Exclude<Busy, null>, work: () => Promise<void>) => {
    setBusy(what);
    try {
      await work();
    } catch (e) {
      showApiError(e, message);
    } finally {
      setBusy(null);
    }
  };

  const packet = (what: 'campaign' | 'unit' | 'report' | 'proposal', args: Args<'exchange.exportPacket'>) =>
    run(what, async () => {
      const file = await call('exchange.exportPacket', args);
      downloadBase64(file.fileName, file.contentBase64, PACKET_MIME);
      void message.success(`Đã xuất gói dữ liệu ${file.fileName}.`);
    });

  const form = () =>
    run('form', async () => {
      if (!campaignId) return;
      const args = scope === 'perUnit' ? { campaignId, perUnit: true } : scope === 'unit' ? { campaignId, unitId: formUnit?.id } : { campaignId };
      setJobId(null);
      setJobEnded(false);
      setJobId((await call('exchange.startExcelForm', args)).jobId);
    });

  const unitsBook = () =>
    run('units', async () => {
      const file = await call('exchange.unitsWorkbook', {});
      downloadBase64(file.fileName, file.contentBase64, XLSX_MIME);
      void message.success(`Đã xuất danh sách đơn vị ra tệp ${file.fileName}.`);
    });

  const noCampaign = !campaignId;
  return (
    <Card size="small" title="Xuất dữ liệu" data-testid="exchange-export">
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Space wrap>
          <CampaignPicker width={420} />
          {!ownUnit && (
            <UnitSelect
              units={units.data}
              restrictTo={campaign.data?.unitIds ?? []}
              value={chosen?.id}
              onChange={setUnitId}
              allowClear
              style={{ width: 380 }}
              placeholder="Đơn vị (gõ tên hoặc mã, không cần dấu)"
              aria-label="Đơn vị"
              data-testid="export-unit"
            />
          )}
        </Space>
        <div>
          <Typography.Text type="secondary" style={ROW_LABEL}>
            Gói dữ liệu (.tdkt):
          </Typography.Text>
          {ownUnit ? (
            <Space wrap>
              <Button
                icon={<SendOutlined />}
                disabled={noCampaign}
                loading={busy === 'report'}
                onClick={() => void packet('report', { campaignId: campaignId! })}
                data-testid="export-report"
              >
                Gói báo cáo của đơn vị {ownUnit}
              </Button>
              <Button
                icon={<SendOutlined />}
                disabled={noCampaign}
                loading={busy === 'proposal'}
                onClick={() => void packet('proposal', { campaignId: campaignId!, kind: 'proposal' })}
                title="Các đề nghị khen thưởng của đơn vị trong đợt thi đua, kèm người được đề nghị và tệp đính kèm"
                data-testid="export-proposal"
              >
                Gói đề nghị khen thưởng
              </Button>
            </Space>
          ) : (
            <Space wrap>
              <Button
                icon={<SendOutlined />}
                disabled={noCampaign}
                loading={busy === 'campaign'}
                onClick={() => void packet('campaign', { campaignId: campaignId! })}
                title="Cả đợt thi đua: đơn vị, khối/cụm, mọi công trình và báo cáo — cho một máy thường trực khác"
                data-testid="export-campaign"
              >
                Gói dữ liệu cả đợt
              </Button>
              <Button
                icon={<SendOutlined />}
                disabled={noCampaign || !chosen}
                loading={busy === 'unit'}
                onClick={() => chosen && void packet('unit', { campaignId: campaignId!, unitCode: chosen.code })}
                title={chosen ? `Gói cho ${chosen.name}` : 'Chọn đơn vị ở trên'}
                data-testid="export-unit-packet"
              >
                Gói cho đơn vị
              </Button>
            </Space>
          )}
        </div>
        <div>
          <Typography.Text type="secondary" style={ROW_LABEL}>
            Biểu mẫu Excel:
          </Typography.Text>
          <Space wrap>
            <Radio.Group value={scope} onChange={(e) => setScope(e.target.value)} optionType="button" size="middle" data-testid="form-scope">
              <Radio.Button value="all">Tất cả đơn vị</Radio.Button>
              <Radio.Button value="unit" disabled={!formUnit}>
                {ownUnit === null ? 'Đơn vị đã chọn' : `Đơn vị ${ownUnit}`}
              </Radio.Button>
              <Radio.Button value="perUnit">Một tệp cho mỗi đơn vị</Radio.Button>
            </Radio.Group>
            <Button
              icon={<FileExcelOutlined />}
              disabled={noCampaign || (scope === 'unit' && !formUnit)}
              loading={busy === 'form'}
              onClick={() => void form()}
              data-testid="export-form"
            >
              Mẫu Excel đăng ký
            </Button>
            <Button icon={<FileExcelOutlined />} loading={busy === 'units'} onClick={() => void unitsBook()} data-testid="export-units">
              Danh sách đơn vị (Excel)
            </Button>
          </Space>
        </div>
        {jobId && (
          <div>
            <JobProgress key={jobId} jobId={jobId} onEnd={() => setJobEnded(true)} />
            {/* Once saved, the panel only pushes the import below the fold. */}
            {jobEnded && (
              <Button type="link" icon={<CloseOutlined />} onClick={() => setJobId(null)} style={{ paddingInline: 0 }} data-testid="job-dismiss">
                Ẩn kết quả
              </Button>
            )}
          </div>
        )}
      </Space>
    </Card>
  );
}
