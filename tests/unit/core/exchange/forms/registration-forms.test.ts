// Which workbooks a form request makes: the per-unit forms cut from one read of the campaign are exactly
// what a read per unit gives, on the demo's campaign (its registered units, their works, the fields).
import { afterEach, describe, expect, it } from 'vitest';
import type { TdktApp } from '../../../../../core/app.ts';
import { registrationFormData } from '../../../../../core/exchange/forms/registration-data.ts';
import { PER_UNIT_ARCHIVE, registrationFormsInput, splitByUnit } from '../../../../../core/exchange/forms/registration-forms.ts';
import { demoApp } from '../../../helpers.ts';

const apps: TdktApp[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.close();
});

describe('registration forms input', () => {
  it('splits the all-units data into the same forms a read per unit gives', async () => {
    const app = await demoApp();
    apps.push(app);
    const raw = app.connection.raw;
    const campaignId = raw.prepare('SELECT id FROM campaigns').pluck().get() as number;
    const all = registrationFormData(raw, campaignId);
    const forms = splitByUnit(all);
    expect(forms.length).toBe(all.units.length);
    expect(forms.length).toBeGreaterThan(100);
    for (const form of forms) expect(form).toEqual(registrationFormData(raw, campaignId, form.units[0].id));
    expect(forms.reduce((n, f) => n + f.works.length, 0)).toBe(all.works.length);
  });

  it('asks for one workbook, or one per unit in the archive', async () => {
    const app = await demoApp();
    apps.push(app);
    const raw = app.connection.raw;
    const campaignId = raw.prepare('SELECT id FROM campaigns').pluck().get() as number;
    const unitId = raw.prepare('SELECT unit_id FROM registrations WHERE campaign_id = ? ORDER BY unit_id').pluck().get(campaignId) as number;
    const at = new Date('2021-04-20T03:00:00.000Z');
    const one = registrationFormsInput(raw, { campaignId, unitId }, at);
    expect(one.archiveName).toBeUndefined();
    expect(one.forms).toEqual([registrationFormData(raw, campaignId, unitId)]);
    const each = registrationFormsInput(raw, { campaignId, perUnit: true }, at);
    expect(each.archiveName).toBe(PER_UNIT_ARCHIVE);
    expect(each.forms.map((f) => f.scope)).toEqual(registrationFormData(raw, campaignId).units.map((u) => u.code));
  });
});
