// One printer and tray's correction: how far it shifts the print (read off the test page held over a
// blank) and, rarely, its scale. Millimetres typed with the Vietnamese comma.
import { Form, Input } from 'antd';
import type { CalibrationRow } from '../../../core/api/types.ts';
import { parseMm, typedMm } from '../../../core/certificates/template.ts';
import { call } from '../api/client.ts';
import { FormModal } from '../components/FormModal.tsx';

interface Values {
  printer: string;
  tray: string;
  offsetXMm: string;
  offsetYMm: string;
  scale: string;
}

interface Props {
  row: CalibrationRow | null;
  onClose: () => void;
  onSaved: (row: CalibrationRow) => void;
}

const numberRule = (example: string) => ({
  validator: (_: unknown, v: string) => (parseMm(v ?? '') === null ? Promise.reject(new Error(`Nhập một số, ví dụ ${example}`)) : Promise.resolve()),
});

export function CalibrationFormModal({ row, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const save = async (v: Values) => {
    const args = {
      printer: v.printer,
      tray: v.tray ?? '',
      offsetXMm: parseMm(v.offsetXMm) ?? Number.NaN,
      offsetYMm: parseMm(v.offsetYMm) ?? Number.NaN,
      scale: parseMm(v.scale) ?? Number.NaN,
    };
    onSaved(await call('certificates.saveCalibration', row ? { ...args, id: row.id } : args));
  };
  return (
    <FormModal<Values>
      form={form}
      title={row ? `Sửa hiệu chỉnh máy in "${row.printer}"` : 'Thêm hiệu chỉnh máy in'}
      testId="calibration-form"
      initialValues={{
        printer: row?.printer ?? '',
        tray: row?.tray ?? '',
        offsetXMm: typedMm(row?.offsetXMm ?? 0),
        offsetYMm: typedMm(row?.offsetYMm ?? 0),
        scale: typedMm(row?.scale ?? 1, 3),
      }}
      save={save}
      onClose={onClose}
    >
      <Form.Item name="printer" label="Tên máy in" rules={[{ required: true, whitespace: true, message: 'Nhập tên máy in' }]}>
        <Input maxLength={200} placeholder="Canon LBP 2900" />
      </Form.Item>
      <Form.Item name="tray" label="Khay giấy" extra="Để trống nếu máy in chỉ có một khay.">
        <Input maxLength={100} placeholder="Khay tay" />
      </Form.Item>
      <Form.Item name="offsetXMm" label="Lệch ngang (mm)" extra="Số dương: dịch chữ sang phải; số âm: sang trái." rules={[numberRule('1,5 hoặc -2')]}>
        <Input suffix="mm" inputMode="decimal" />
      </Form.Item>
      <Form.Item name="offsetYMm" label="Lệch dọc (mm)" extra="Số dương: dịch chữ xuống; số âm: lên." rules={[numberRule('-0,5')]}>
        <Input suffix="mm" inputMode="decimal" />
      </Form.Item>
      <Form.Item name="scale" label="Tỷ lệ" extra="1 nếu máy in giữ đúng kích thước." rules={[numberRule('0,995')]}>
        <Input inputMode="decimal" />
      </Form.Item>
    </FormModal>
  );
}
