// The handlers of the award catalogue: the dated forms and titles with who may award them and their
// multiplier, and the dated base salary. Editable rows, because the law moved in 2024 and 2025; one
// form has one row in force on any day, so a decision's date names exactly one rule.
import type { AwardRecipient } from '../../db/schema.ts';
import { awardRecipientLabel } from '../api/labels.ts';
import { fieldError, notFound, UserError } from '../api/envelope.ts';
import type { AwardForm, BaseSalary } from '../api/types.ts';
import { audit } from '../audit.ts';
import type { Context } from '../context.ts';
import { describeReferences, referencesTo } from '../references.ts';
import type { Handler } from '../router.ts';
import { formatDateShort, todayIso } from '../text/dates.ts';
import { fold } from '../text/fold.ts';
import { storeLevels } from './authority.ts';
import { allBaseSalaries, allForms, type AwardFormRow, FORM_COLUMNS, formsOn, toAwardForm } from './catalogue.ts';

function formById(ctx: Context, id: number): AwardForm {
  const row = ctx.conn.raw.prepare<[number], AwardFormRow>(`SELECT ${FORM_COLUMNS} FROM award_forms WHERE id = ?`).get(id);
  if (!row) throw notFound(`danh hiệu, hình thức khen thưởng có mã số ${id}`);
  return toAwardForm(row);
}

const period = (from: string, to: string | null) => (to ? `từ ${formatDateShort(from)} đến ${formatDateShort(to)}` : `từ ${formatDateShort(from)} trở đi`);

/** "giay_khen_ca_nhan" from "Giấy khen" for cá nhân. */
function codeFor(name: string, recipient: AwardRecipient): string {
  const words = fold(name).replace(/[^a-z0-9]+/gu, '_').replace(/^_+|_+$/gu, '');
  return `${words}_${recipient}`.slice(0, 60);
}

const list: Handler<'awardForms.list'> = (ctx, a) => {
  if (!a.includeAll) return formsOn(ctx.conn.raw, a.on ?? todayIso(ctx.now()), a.recipient);
  return allForms(ctx.conn.raw).filter((f) => !a.recipient || f.recipient === a.recipient);
};

const save: Handler<'awardForms.save'> = async (ctx, a) => {
  if (a.validTo !== null && a.validTo < a.validFrom) {
    throw fieldError('validTo', 'Ngày hết hiệu lực không được trước ngày có hiệu lực.');
  }
  const before = a.id ? formById(ctx, a.id) : null;
  const code = a.code || before?.code || codeFor(a.name, a.recipient);
  const forms = allForms(ctx.conn.raw);
  // One code is one form across its periods: a row of it for another recipient would be another form.
  const other = forms.find((f) => f.code === code && f.id !== a.id && f.recipient !== a.recipient);
  if (other) {
    throw fieldError(
      'recipient',
      `"${other.name}" đã có các thời kỳ tặng cho ${awardRecipientLabel[other.recipient].toLowerCase()}: một thời kỳ mới phải tặng cho cùng đối tượng. Muốn tặng cho ${awardRecipientLabel[a.recipient].toLowerCase()}, hãy thêm danh hiệu, hình thức mới.`,
    );
  }
  const clash = forms.find(
    (f) => f.code === code && f.id !== a.id && f.validFrom <= (a.validTo ?? '9999-12-31') && a.validFrom <= (f.validTo ?? '9999-12-31'),
  );
  if (clash) {
    throw fieldError(
      'validFrom',
      `"${clash.name}" (${awardRecipientLabel[clash.recipient].toLowerCase()}) đã có dòng hiệu lực ${period(clash.validFrom, clash.validTo)}, trùng với thời gian ${period(a.validFrom, a.validTo)}: mỗi ngày chỉ một dòng được áp dụng. Sửa ngày hết hiệu lực của dòng cũ hoặc ngày có hiệu lực của dòng này.`,
    );
  }
  const now = ctx.now().toISOString();
  const values = {
    code,
    name: a.name,
    category: a.category,
    recipient: a.recipient,
    awarded_by: storeLevels(a.awardedBy),
    multiplier_milli: a.multiplierMilli,
    certificate_title: a.certificateTitle,
    legal_basis: a.legalBasis,
    valid_from: a.validFrom,
    valid_to: a.validTo,
    sort: a.sort,
    updated_at: now,
  };
  const id = await ctx.conn.db.transaction().execute(async (trx) => {
    let formId: number;
    if (a.id) {
      await trx.updateTable('award_forms').set(values).where('id', '=', a.id).execute();
      formId = a.id;
    } else {
      const res = await trx.insertInto('award_forms').values({ ...values, created_at: now }).executeTakeFirstOrThrow();
      formId = Number(res.insertId);
    }
    await audit(trx, ctx.now(), a.id ? 'update' : 'create', 'award_form', formId, { ...values, before });
    return formId;
  });
  return formById(ctx, id);
};

const remove: Handler<'awardForms.remove'> = async (ctx, a) => {
  const form = formById(ctx, a.id);
  const refs = referencesTo(ctx.conn.raw, 'award_forms', a.id);
  if (refs.length > 0) {
    throw new UserError(
      `Không xóa được "${form.name}" (${period(form.validFrom, form.validTo)}): còn ${describeReferences(refs)} dùng dòng này. Hãy đặt ngày hết hiệu lực thay vì xóa.`,
      { code: 'conflict' },
    );
  }
  await ctx.conn.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('award_forms').where('id', '=', a.id).execute();
    await audit(trx, ctx.now(), 'delete', 'award_form', a.id, form);
  });
  return { removed: a.id };
};

const allSalaries = (ctx: Context): BaseSalary[] => allBaseSalaries(ctx.conn.raw);

const saveSalary: Handler<'baseSalaries.save'> = async (ctx, a) => {
  const existing = allSalaries(ctx);
  if (a.id && !existing.some((s) => s.id === a.id)) throw notFound(`mức lương cơ sở có mã số ${a.id}`);
  const clash = existing.find((s) => s.validFrom === a.validFrom && s.id !== a.id);
  if (clash) {
    throw fieldError('validFrom', `Đã có mức lương cơ sở áp dụng từ ngày ${formatDateShort(clash.validFrom)}; sửa dòng đó hoặc chọn ngày khác.`);
  }
  const now = ctx.now().toISOString();
  const values = { valid_from: a.validFrom, amount: a.amount, legal_basis: a.legalBasis, updated_at: now };
  const id = await ctx.conn.db.transaction().execute(async (trx) => {
    let salaryId: number;
    if (a.id) {
      await trx.updateTable('base_salaries').set(values).where('id', '=', a.id).execute();
      salaryId = a.id;
    } else {
      const res = await trx.insertInto('base_salaries').values({ ...values, created_at: now }).executeTakeFirstOrThrow();
      salaryId = Number(res.insertId);
    }
    await audit(trx, ctx.now(), a.id ? 'update' : 'create', 'base_salary', salaryId, values);
    return salaryId;
  });
  return allSalaries(ctx).find((s) => s.id === id)!;
};

const removeSalary: Handler<'baseSalaries.remove'> = async (ctx, a) => {
  const salary = allSalaries(ctx).find((s) => s.id === a.id);
  if (!salary) throw notFound(`mức lương cơ sở có mã số ${a.id}`);
  const refs = referencesTo(ctx.conn.raw, 'base_salaries', a.id);
  if (refs.length > 0) {
    throw new UserError(`Không xóa được mức lương cơ sở từ ngày ${formatDateShort(salary.validFrom)}: còn ${describeReferences(refs)} dùng mức này.`, {
      code: 'conflict',
    });
  }
  await ctx.conn.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('base_salaries').where('id', '=', a.id).execute();
    await audit(trx, ctx.now(), 'delete', 'base_salary', a.id, salary);
  });
  return { removed: a.id };
};

export const catalogueHandlers = {
  'awardForms.list': list,
  'awardForms.save': save,
  'awardForms.remove': remove,
  'baseSalaries.list': ((ctx) => allSalaries(ctx)) as Handler<'baseSalaries.list'>,
  'baseSalaries.save': saveSalary,
  'baseSalaries.remove': removeSalary,
};
