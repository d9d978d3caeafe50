// Add or edit one row of the award catalogue: a form or title in one period of the law, who may award
// it, and its hệ số typed the Vietnamese way ("0,3"). Saving a new period of a form keeps its code, so
// a decision's date finds the row of its day.
import { Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Args } from '../../../core/api/contract.ts';
import { awardCategoryLabel, awardRecipientLabel } from '../../../core/api/labels.ts';
import type { AwardForm } from '../../../core/api/types.ts';
import { AUTHORITY_LEVELS, authorityLabel } from '../../../core/awards/authority.ts';
import { formatMultiplier, parseMultiplier } from '../../../core/awards/money.ts';
import { addDays } from '../../../core/text/dates.ts';
import { ApiCallError, call } from '../api/client.ts';
import { DateInput, dateRule } from '../components/DateInput.tsx';
import { FormModal } from '../components/FormModal.tsx';

type Values = Omit<AwardForm, 'id' | 'multiplierMilli'> & { multiplier: string };

interface Props {
  /** The row to edit; `asNewPeriod` copies it into a new row of the same form. */
  form: AwardForm | null;
  asNewPeriod?: boolean;
  onClose: () => void;
  onSaved: (form: AwardForm) => void;
}

const options = <K extends string>(labels: Record<K, string>) => Object.entries(labels).map(([value, label]) => ({ value, label: label as string }));

/** The server names the hệ số "multiplierMilli"; here the field is the typed text "multiplier". */
async function saveRenamed(args: Args<'awardForms.save'>): Promise<AwardForm> {
  try {
    return await call('awardForms.save', args);
  } catch (e) {
    const fields = e instanceof ApiCallError ? e.apiError.fields : undefined;
    if (fields?.multiplierMilli) {
      fields.multiplier = fields.multiplierMilli;
      delete fields.multiplierMilli;
    }
    throw e;
  }
}

export function AwardFormModal({ form: row, asNewPeriod = false, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const editing = row && !asNewPeriod;
  const initial: Partial<Values> = row
    ? { ...row, multiplier: formatMultiplier(row.multiplierMilli), ...(asNewPeriod ? { validFrom: row.validTo ? addDays(row.validTo, 1) : '', validTo: null, legalBasis: '' } : {}) }
    : { category: 'hinh_thuc', recipient: 'ca_nhan', awardedBy: [], multiplier: '0', certificateTitle: '', legalBasis: '', validTo: null, sort: 100 };
  return (
    <FormModal<Values>
      form={form}
      title={editing ? `Sửa: ${row.name} (${awardRecipientLabel[row.recipient].toLowerCase()})` : asNewPeriod ? `Thời kỳ mới: ${row?.name}` : 'Thêm danh hiệu, hình thức khen thưởng'}
      width={760}
      testId="award-form"
      initialValues={initial}
      save={async (v) =>
        onSaved(
          await saveRenamed({
            id: editing ? row.id : undefined,
            code: row?.code,
            name: v.name,
            category: v.category,
            recipient: v.recipient,
            awardedBy: v.awardedBy ?? [],
            multiplierMilli: parseMultiplier(v.multiplier) ?? Number.NaN,
            certificateTitle: v.certificateTitle ?? '',
            legalBasis: v.legalBasis ?? '',
            validFrom: v.validFrom,
            validTo: v.validTo ?? null,
            sort: v.sort,
          }),
        )
      }
      onClose={onClose}
    >
      <div className="form-row">
        <Form.Item className="grow" name="name" label="Tên" rules={[{ required: true, whitespace: true, message: 'Nhập tên danh hiệu, hình thức khen thưởng' }]}>
          <Input autoFocus maxLength={300} placeholder="Ví dụ: Giấy khen, Lao động tiên tiến" />
        </Form.Item>
        <Form.Item name="recipient" label="Tặng cho">
          <Select style={{ width: 150 }} options={options(awardRecipientLabel)} disabled={!!row} />
        </Form.Item>
      </div>
      <Form.Item name="category" label="Loại">
        <Radio.Group options={options(awardCategoryLabel)} />
      </Form.Item>
      <Form.Item name="awardedBy" label="Cấp có thẩm quyền khen thưởng" extra="Người đứng đầu các cấp này được tự khen; cấp khác phải đề nghị lên.">
        <Select mode="multiple" allowClear placeholder="Chọn một hoặc nhiều cấp" options={AUTHORITY_LEVELS.map((l) => ({ value: l, label: authorityLabel[l] }))} />
      </Form.Item>
      <div className="form-row">
        <Form.Item
          name="multiplier"
          label="Hệ số tiền thưởng"
          tooltip="Số lần mức lương cơ sở, dấu phẩy thập phân: 0,3 là 0,3 lần."
          rules={[
            { required: true, whitespace: true, message: 'Nhập hệ số tiền thưởng (ví dụ 0,3)' },
            {
              validator: async (_r, value: string) => {
                if (value && parseMultiplier(value) === null) throw new Error('Hệ số là một số, tối đa 3 chữ số thập phân, ví dụ 0,3 hoặc 1,5');
              },
            },
          ]}
        >
          <Input style={{ width: 120 }} inputMode="decimal" placeholder="0,3" />
        </Form.Item>
        <Form.Item className="grow" name="certificateTitle" label="Tiêu đề in trên bằng, giấy" extra="Để trống nếu không in giấy chứng nhận.">
          <Input maxLength={100} placeholder="GIẤY KHEN" />
        </Form.Item>
        <Form.Item name="sort" label="Thứ tự" rules={[{ required: true, message: 'Nhập thứ tự' }]}>
          <InputNumber min={1} max={9999} precision={0} style={{ width: 90 }} />
        </Form.Item>
      </div>
      <Form.Item name="legalBasis" label="Căn cứ (nghị định của thời kỳ)">
        <Input maxLength={500} placeholder="Nghị định số 98/2023/NĐ-CP" />
      </Form.Item>
      <div className="form-row">
        <Form.Item name="validFrom" label="Áp dụng từ ngày" rules={[{ required: true, message: 'Nhập ngày bắt đầu áp dụng' }, dateRule({ label: 'Ngày bắt đầu' })]}>
          <DateInput />
        </Form.Item>
        <Form.Item name="validTo" label="Đến hết ngày" extra="Để trống nếu còn áp dụng" rules={[dateRule({ label: 'Ngày hết áp dụng' })]}>
          <DateInput />
        </Form.Item>
      </div>
    </FormModal>
  );
}
