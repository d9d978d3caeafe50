import { genderLabel, groupKindLabel, staffClassLabel, workLevelLabel, workStatusLabel } from '../../../api/labels.ts';
import { CliError, type Command, openExisting, optionalId, parse, printJson, requireDb } from '../io.ts';

const KINDS = ['units', 'groups', 'campaigns', 'works', 'people'] as const;

export const list: Command = {
  summary: 'Liệt kê đơn vị, khối/cụm, đợt thi đua, công trình hoặc cá nhân',
  usage: 'list <units|groups|campaigns|works|people> --db FILE [--campaign ID] [--json]',
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      { db: { type: 'string' }, campaign: { type: 'string' }, json: { type: 'boolean' } },
      true,
    );
    const kind = positionals[0] as (typeof KINDS)[number];
    if (!KINDS.includes(kind)) throw new CliError(`Cần chọn một trong: ${KINDS.join(', ')}.`);
    const app = openExisting(requireDb(values.db));
    try {
      const rows = await records(app, kind, optionalId(values.campaign, '--campaign'));
      if (values.json) printJson(rows);
      else for (const r of rows) process.stdout.write(`${Object.values(r).join('\t')}\n`);
    } finally {
      app.close();
    }
  },
};

async function records(app: ReturnType<typeof openExisting>, kind: (typeof KINDS)[number], campaignId?: number) {
  switch (kind) {
    case 'units':
      return (await app.invoke('org.listUnits', { includeInactive: true })).map((u) => ({
        id: u.id,
        code: u.code,
        name: u.name,
        kind: u.kind,
        active: u.active,
        groups: u.groups.map((g) => g.name),
      }));
    case 'groups':
      return (await app.invoke('org.listGroups', {})).map((g) => ({
        id: g.id,
        code: g.code,
        kind: g.kind,
        kindLabel: groupKindLabel[g.kind],
        name: g.name,
        members: g.memberCount,
      }));
    case 'campaigns':
      return (await app.invoke('campaigns.list', {})).map((c) => ({
        id: c.id,
        name: c.name,
        startDate: c.startDate,
        endDate: c.endDate,
        planNumber: c.planNumber,
        units: c.units,
        works: c.works,
      }));
    case 'works': {
      const id = campaignId ?? (await app.invoke('stats.campaign', {})).campaign.id;
      return (await app.invoke('works.list', { campaignId: id })).map((w) => ({
        id: w.id,
        campaignId: w.campaignId,
        unitCode: w.unitCode,
        title: w.title,
        field: w.field,
        level: w.level,
        levelLabel: workLevelLabel[w.level],
        status: w.status,
        statusLabel: workStatusLabel[w.status],
      }));
    }
    case 'people':
      return (await app.invoke('people.list', {})).map((p) => ({
        id: p.id,
        fullName: p.fullName,
        familyName: p.familyName,
        middleName: p.middleName,
        givenName: p.givenName,
        gender: p.gender,
        genderLabel: p.gender ? genderLabel[p.gender] : '',
        birthYear: p.birthYear,
        position: p.position,
        unitId: p.unitId,
        unitName: p.unitName,
        staffClass: p.staffClass,
        staffClassLabel: p.staffClass ? staffClassLabel[p.staffClass] : '',
      }));
  }
}
