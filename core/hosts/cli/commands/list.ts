import {
  documentStatusLabel,
  genderLabel,
  groupKindLabel,
  nomineeKindLabel,
  proposalStatusLabel,
  staffClassLabel,
  workLevelLabel,
  workStatusLabel,
} from '../../../api/labels.ts';
import { CliError, type Command, openExisting, optionalId, parse, printJson, requireDb } from '../io.ts';

const KINDS = ['units', 'groups', 'campaigns', 'works', 'people', 'proposals', 'meetings', 'decisions', 'awards'] as const;

interface Filters {
  campaignId?: number;
  decisionId?: number;
  year?: number;
}

export const list: Command = {
  summary: 'Liệt kê đơn vị, khối/cụm, đợt thi đua, công trình, cá nhân, đề nghị, cuộc họp, quyết định hoặc sổ khen thưởng',
  usage:
    'list <units|groups|campaigns|works|people|proposals|meetings|decisions|awards> --db FILE [--campaign ID] [--decision ID] [--year YYYY] [--json]',
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      { db: { type: 'string' }, campaign: { type: 'string' }, decision: { type: 'string' }, year: { type: 'string' }, json: { type: 'boolean' } },
      true,
    );
    const kind = positionals[0] as (typeof KINDS)[number];
    if (!KINDS.includes(kind)) throw new CliError(`Cần chọn một trong: ${KINDS.join(', ')}.`);
    const app = openExisting(requireDb(values.db));
    try {
      const rows = await records(app, kind, {
        campaignId: optionalId(values.campaign, '--campaign'),
        decisionId: optionalId(values.decision, '--decision'),
        year: optionalYear(values.year),
      });
      if (values.json) printJson(rows);
      else for (const r of rows) process.stdout.write(`${Object.values(r).join('\t')}\n`);
    } finally {
      app.close();
    }
  },
};

function optionalYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/u.test(value)) throw new CliError(`--year phải là năm có 4 chữ số (đang là "${value}").`);
  return Number(value);
}

async function records(app: ReturnType<typeof openExisting>, kind: (typeof KINDS)[number], filters: Filters) {
  const { campaignId } = filters;
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
    case 'proposals':
      return (await app.invoke('proposals.list', { campaignId, year: filters.year })).map((p) => ({
        id: p.id,
        unitId: p.unitId,
        unitName: p.unitName,
        campaignId: p.campaignId,
        year: p.year,
        submissionNumber: p.submissionNumber,
        submissionDate: p.submissionDate,
        status: p.status,
        statusLabel: proposalStatusLabel[p.status],
        nominees: p.nominees,
      }));
    case 'meetings':
      return (await app.invoke('meetings.list', { campaignId })).map((m) => ({
        id: m.id,
        campaignId: m.campaignId,
        date: m.date,
        place: m.place,
        membersTotal: m.membersTotal,
        membersPresent: m.membersPresent,
        threshold: m.threshold,
        proposalIds: m.proposalIds,
      }));
    case 'decisions':
      return (await app.invoke('decisions.list', { campaignId })).map((d) => ({
        id: d.id,
        meetingId: d.meetingId,
        campaignId: d.campaignId,
        number: d.status === 'da_ban_hanh' ? d.numberText : '',
        date: d.date,
        formCode: d.formCode,
        formName: d.formName,
        status: d.status,
        statusLabel: documentStatusLabel[d.status],
        lines: d.lines,
      }));
    case 'awards':
      return (await app.invoke('awards.list', { decisionId: filters.decisionId, year: filters.year })).map((a) => ({
        id: a.id,
        decisionId: a.decisionId,
        decisionNumber: a.decisionNumber,
        decisionDate: a.decisionDate,
        bookYear: a.bookYear,
        bookNumber: a.bookNumber,
        formCode: a.formCode,
        formName: a.formName,
        kind: a.kind,
        kindLabel: nomineeKindLabel[a.kind],
        salutation: a.salutation,
        name: a.name,
        position: a.position,
        unitName: a.unitName,
        amount: a.amount,
        revokedAt: a.revokedAt,
        revokedReason: a.revokedReason,
      }));
  }
}
