// Who issues and who signs this document: the agency or another issuer of the Cơ quan page (the Hội
// đồng, with its own ký hiệu and numbers), and the signer — empty takes the default set for that issuer
// and kind. Fields of the composer's form ("issuerId", "signerId").
import { Form, Select } from 'antd';
import { useQuery } from '../api/useQuery.ts';
import { signerText } from '../components/signerText.ts';
import { choiceKind, type DocumentChoice } from './kinds.ts';

export function IssuerSignerFields() {
  const form = Form.useFormInstance();
  const setup = useQuery('agency.issuing', {}).data;
  const choice = Form.useWatch('choice', form) as DocumentChoice | undefined;
  const issuerId = (Form.useWatch('issuerId', form) as number | null | undefined) ?? null;
  if (!setup) return null;
  const kind = choice ? choiceKind(choice) : undefined;
  const pick = (issuer: number | null) => setup.defaults.find((d) => d.issuerId === issuer && d.kind === kind)?.signerId;
  const fallback = setup.signers.find((s) => s.id === (pick(issuerId) ?? pick(null))) ?? setup.signers[0];
  return (
    <div className="form-row">
      <Form.Item name="issuerId" label="Cơ quan ban hành" className="grow">
        <Select
          allowClear
          placeholder={setup.issuers[0] ? `${setup.issuers[0].name} (${setup.issuers[0].abbreviation})` : 'Cơ quan'}
          options={setup.issuers.filter((i) => i.id !== null).map((i) => ({ value: i.id, label: `${i.name} (${i.abbreviation})` }))}
          data-testid="doc-issuer"
        />
      </Form.Item>
      <Form.Item name="signerId" label="Người ký" className="grow" tooltip="Để trống: người ký mặc định của loại văn bản này (sửa ở mục Cơ quan).">
        <Select
          allowClear
          placeholder={fallback ? `Mặc định: ${signerText(fallback)}` : 'Chưa có người ký'}
          options={setup.signers.map((s) => ({ value: s.id, label: signerText(s) }))}
          data-testid="doc-signer"
        />
      </Form.Item>
    </div>
  );
}
