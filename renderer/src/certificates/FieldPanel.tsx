// The properties of the selected box: its exact millimetres, anchor, sizes, style and whether it is
// printed, with the refusal of the template schema (or of the last save) for this box beside them, and
// the preflight's sentence when the previewed text does not fit.
import { Alert, Checkbox, Form, Input, Radio, Space, Typography } from 'antd';
import { type Anchor, type FieldKey, FIELD_LABELS, type FieldSpec } from '../../../core/certificates/template.ts';
import { MmInput } from './MmInput.tsx';

interface Props {
  field: FieldKey;
  spec: FieldSpec;
  onChange: (spec: FieldSpec) => void;
  /** Why the template cannot be saved as it is, when it is about this box. */
  error: string | undefined;
  /** The preflight's line for the previewed recipient. */
  problem: string | undefined;
  /** The size the fit rule chose for the previewed text. */
  chosenPt: number | undefined;
}

const ANCHORS: { value: Anchor; label: string }[] = [
  { value: 'left', label: 'Trái' },
  { value: 'centre', label: 'Giữa' },
  { value: 'right', label: 'Phải' },
];

// "TẶNG" is the prefix's whole text; "Số:" and "Số sổ:" go before the number.
const PREFIXED: readonly FieldKey[] = ['verb', 'decisionNumber', 'registryNumber'];

export function FieldPanel({ field, spec, onChange, error, problem, chosenPt }: Props) {
  const set = (patch: Partial<FieldSpec>) => onChange({ ...spec, ...patch });
  const box = (patch: Partial<FieldSpec['box']>) => set({ box: { ...spec.box, ...patch } });
  return (
    <div data-testid="field-panel">
      <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="field-panel-title">
        {FIELD_LABELS[field]}
      </Typography.Title>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} data-testid="field-error" /> : null}
      {problem ? <Alert type="warning" showIcon title={problem} style={{ marginBottom: 8 }} data-testid="field-problem" /> : null}
      <Form layout="vertical" size="small" component="div" className="field-panel-form">
        <Space size={8} wrap>
          <Form.Item label="Cách lề trái">
            <MmInput label="Cách lề trái (mm)" value={spec.box.x} onChange={(x) => box({ x })} testId="prop-x" />
          </Form.Item>
          <Form.Item label="Cách mép trên">
            <MmInput label="Cách mép trên (mm)" value={spec.box.y} onChange={(y) => box({ y })} testId="prop-y" />
          </Form.Item>
          <Form.Item label="Rộng">
            <MmInput label="Chiều rộng (mm)" value={spec.box.width} onChange={(width) => box({ width })} testId="prop-width" />
          </Form.Item>
          <Form.Item label="Cao">
            <MmInput label="Chiều cao (mm)" value={spec.box.height} onChange={(height) => box({ height })} testId="prop-height" />
          </Form.Item>
          <Form.Item label="Cỡ chữ">
            <MmInput label="Cỡ chữ (pt)" unit="pt" value={spec.sizePt} onChange={(sizePt) => set({ sizePt })} testId="prop-size" />
          </Form.Item>
          <Form.Item label="Nhỏ nhất">
            <MmInput label="Cỡ chữ nhỏ nhất (pt)" unit="pt" value={spec.minSizePt} onChange={(minSizePt) => set({ minSizePt })} testId="prop-min-size" />
          </Form.Item>
        </Space>
        <Form.Item label="Căn chữ">
          <Radio.Group optionType="button" options={ANCHORS} value={spec.anchor} onChange={(e) => set({ anchor: e.target.value as Anchor })} data-testid="prop-anchor" />
        </Form.Item>
        <Space size={[12, 4]} wrap style={{ marginBottom: 8 }}>
          <Checkbox checked={spec.bold} onChange={(e) => set({ bold: e.target.checked })} data-testid="prop-bold">
            Đậm
          </Checkbox>
          <Checkbox checked={spec.italic} onChange={(e) => set({ italic: e.target.checked })} data-testid="prop-italic">
            Nghiêng
          </Checkbox>
          <Checkbox checked={spec.upper} onChange={(e) => set({ upper: e.target.checked })} data-testid="prop-upper">
            In hoa
          </Checkbox>
          <Checkbox checked={spec.shown} onChange={(e) => set({ shown: e.target.checked })} data-testid="prop-shown">
            In ô này
          </Checkbox>
        </Space>
        {PREFIXED.includes(field) ? (
          <Form.Item label={field === 'verb' ? 'Chữ in ra' : 'Chữ đứng trước'}>
            <Input value={spec.prefix} maxLength={60} onChange={(e) => set({ prefix: e.target.value })} data-testid="prop-prefix" />
          </Form.Item>
        ) : null}
      </Form>
      {chosenPt !== undefined ? (
        <Typography.Text type="secondary" data-testid="chosen-size">
          Cỡ chữ khi in cho người đang xem: {String(chosenPt).replace('.', ',')} pt
        </Typography.Text>
      ) : null}
    </div>
  );
}
