// The abbreviation is checked as it is typed by the rule that builds the ký hiệu ("KH-UBND"), so the
// form refuses what no document could carry; core checks again on save.
import type { FormRule } from 'antd';
import { UserError } from '../../../core/api/envelope.ts';
import { docSymbol } from '../../../core/documents/numbering.ts';

export const abbreviationRule: FormRule = {
  validator: async (_, value: string | undefined) => {
    if (!value?.trim()) return;
    try {
      docSymbol('ke_hoach', value);
    } catch (e) {
      throw new Error(e instanceof UserError ? (e.fields?.abbreviation ?? e.message) : String(e));
    }
  },
};
