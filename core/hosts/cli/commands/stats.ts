import { type Command, openExisting, optionalDate, optionalId, parse, printJson, requireDb } from '../io.ts';
import { workLevelLabel } from '../../../api/labels.ts';
import { formatDateShort } from '../../../text/dates.ts';

export const stats: Command = {
  summary: 'Số liệu của đợt thi đua tại một ngày',
  usage: 'stats --db FILE [--campaign ID] [--as-of YYYY-MM-DD] [--truncate] [--json]',
  async run(argv) {
    const { values } = parse(argv, {
      db: { type: 'string' },
      campaign: { type: 'string' },
      'as-of': { type: 'string' },
      truncate: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const dbPath = requireDb(values.db);
    const campaignId = optionalId(values.campaign, '--campaign');
    const asOf = optionalDate(values['as-of']);
    const app = openExisting(dbPath);
    try {
      const s = await app.invoke('stats.campaign', { campaignId, asOf, truncate: values.truncate ? true : undefined });
      const out = {
        campaign: s.campaign,
        asOf: s.asOf,
        groups: s.groups,
        units: s.units,
        works: { registered: s.works.registered, completed: s.works.completed, completedPercent: s.works.completedPercent, byLevel: s.works.byLevel },
        byGroup: s.byGroup.map((g) => ({ kind: g.kind, name: g.name, units: g.units, reported: g.reported, works: g.works, completed: g.completed })),
      };
      if (values.json) return printJson(out);
      process.stdout.write(
        `${s.campaign.name} — tính đến ngày ${formatDateShort(s.asOf)}\n` +
          `Đơn vị có báo cáo: ${s.units.reported}/${s.units.registered} (${s.units.reportedPercent})\n` +
          `Công trình hoàn thành: ${s.works.completed}/${s.works.registered} (${s.works.completedPercent})\n` +
          s.works.byLevel.map((l) => `  ${workLevelLabel[l.level]}: ${l.completed}/${l.registered} (${l.completedPercent})\n`).join(''),
      );
    } finally {
      app.close();
    }
  },
};
