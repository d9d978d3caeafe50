// Exporting a packet. Which side sends which kind is the install's, not the caller's choice: the secretariat's PC sends
// `campaign` packets (the whole campaign, or what one unit needs), a unit's PC (settings: installUnitCode)
// sends its own `report` or `proposal` packet and nothing else, so a unit can never send another unit's records.
import { createHash, randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { userVersion } from '../../../db/migrate.ts';
import { notFound, UserError } from '../../api/envelope.ts';
import type { ImportKind } from '../../api/types.ts';
import { auditSync } from '../../audit.ts';
import type { Context } from '../../context.ts';
import { APP_VERSION } from '../../info.ts';
import { codeKey } from '../../org/rules.ts';
import { installUnitCode, nextPacketSequence } from '../../settings/exchange.ts';
import { fold } from '../../text/fold.ts';
import { logExport } from '../pipeline/log.ts';
import { rememberSent, Versions } from '../pipeline/versions.ts';
import { collectPacketData, type Scope } from './collect.ts';
import { type Manifest, PACKET_FORMAT, PACKET_VERSION, type PacketData, type PacketKind } from './format.ts';
import { collectProposals } from './proposal-collect.ts';
import { writePacket } from './write.ts';

export interface ExportedPacket {
  fileName: string;
  bytes: Uint8Array;
  manifest: Manifest;
}

interface UnitRow {
  id: number;
  code: string;
  name: string;
}

function unitByCode(ctx: Context, code: string): UnitRow {
  const units = ctx.conn.raw.prepare<[], UnitRow>('SELECT id, code, name FROM units').all();
  const unit = units.find((u) => codeKey(u.code) === codeKey(code));
  if (!unit) throw notFound(`đơn vị mã "${code}"`);
  return unit;
}

/** Who an exported packet is for, as the packets log names the other side. */
const SECRETARIAT = 'Thường trực Hội đồng Thi đua – Khen thưởng';
const WHOLE_CAMPAIGN = 'Toàn bộ đợt thi đua (máy khác của thường trực)';

/**
 * Each record with the version it was edited from, as the receiver names it: the last packet that
 * brought it here. A record nothing brought (it began here) names none.
 */
function withBases(raw: BetterSqlite3.Database, data: PacketData): PacketData {
  const versions = new Versions(raw);
  const based = <T extends { uuid: string }>(entity: ImportKind, rows: T[]): T[] => {
    const last = versions.lastReceived(entity);
    if (last.size === 0) return rows;
    return rows.map((r) => {
      const base = last.get(r.uuid);
      return base === undefined ? r : { ...r, baseUpdatedAt: base };
    });
  };
  return {
    ...(data.campaign ? { campaign: based('campaign', [data.campaign])[0] } : {}),
    groups: based('groups', data.groups),
    units: based('units', data.units),
    registrations: data.registrations,
    works: based('works', data.works),
    reports: based('reports', data.reports),
  };
}

/** "dot-thi-dua-chao-mung-100-ngay" from the campaign's name: a file name any Windows PC and mail server accepts. */
function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '').slice(0, 60).replace(/-$/u, '') || 'dot-thi-dua';
}

const FILE_PREFIX: Record<PacketKind, string> = { campaign: 'dot-thi-dua', report: 'bao-cao', proposal: 'de-nghi-khen-thuong' };

export function exportPacket(ctx: Context, a: { campaignId: number; unitCode?: string; kind?: PacketKind }): ExportedPacket {
  const raw = ctx.conn.raw;
  const campaign = raw.prepare<[number], { id: number; uuid: string; name: string }>('SELECT id, uuid, name FROM campaigns WHERE id = ?').get(a.campaignId);
  if (!campaign) throw notFound('đợt thi đua');
  const ownUnit = installUnitCode(raw);

  let kind: PacketKind;
  let sender: Manifest['sender'];
  let scope: Scope;
  let unit: UnitRow | null = null;
  if (ownUnit) {
    if (a.unitCode !== undefined && codeKey(a.unitCode) !== codeKey(ownUnit)) {
      throw new UserError(`Máy này là của đơn vị ${ownUnit}: chỉ xuất được gói báo cáo của chính đơn vị ${ownUnit}.`, {
        fields: { unitCode: `Chỉ chọn được đơn vị ${ownUnit}` },
      });
    }
    if (a.kind === 'campaign') {
      throw new UserError(`Máy này là của đơn vị ${ownUnit}: chỉ gửi được gói báo cáo hoặc gói đề nghị khen thưởng của đơn vị.`, { fields: { kind: 'Chọn gói báo cáo hoặc đề nghị khen thưởng' } });
    }
    unit = unitByCode(ctx, ownUnit);
    kind = a.kind ?? 'report';
    sender = { role: 'unit', code: unit.code, name: unit.name };
    scope = { campaignId: campaign.id, unitId: unit.id, withPlan: false };
  } else {
    const agency = raw.prepare<[], { name: string; abbreviation: string }>('SELECT name, abbreviation FROM agency WHERE id = 1').get();
    if (a.kind !== undefined && a.kind !== 'campaign') {
      throw new UserError('Gói báo cáo và gói đề nghị khen thưởng do máy của đơn vị gửi; máy của cơ quan thường trực gửi gói đợt thi đua.', { fields: { kind: 'Chọn gói đợt thi đua' } });
    }
    if (!agency) throw new UserError('Chưa nhập thông tin cơ quan (trang Cơ quan): gói dữ liệu cần ghi tên bên gửi.');
    if (a.unitCode !== undefined) {
      unit = unitByCode(ctx, a.unitCode);
      const registered = raw.prepare('SELECT 1 FROM registrations WHERE campaign_id = ? AND unit_id = ?').get(campaign.id, unit.id);
      if (!registered) throw new UserError(`Đơn vị ${unit.code} chưa tham gia đợt thi đua "${campaign.name}".`, { fields: { unitCode: 'Đơn vị chưa tham gia đợt thi đua' } });
    }
    kind = 'campaign';
    sender = { role: 'secretariat', code: agency.abbreviation, name: agency.name };
    scope = { campaignId: campaign.id, unitId: unit?.id, withPlan: true };
  }

  const who = unit ? unit.code : 'toan-bo';
  const at = ctx.now();
  // One transaction: a sequence number is spent only by a packet that was logged, and what the log and
  // the versions say was sent is what the file holds.
  return raw.transaction((): ExportedPacket => {
    // A proposal packet carries the unit's proposals and their papers, none of its report's records.
    const proposals = kind === 'proposal' && unit ? collectProposals(raw, ctx.dataDir, campaign.id, unit) : null;
    const data = proposals
      ? { groups: [], units: [], registrations: [], works: [], reports: [], people: proposals.people, proposals: proposals.proposals }
      : withBases(raw, collectPacketData(raw, scope));
    const sequence = nextPacketSequence(raw, sender);
    const { bytes, manifest } = writePacket(
      {
        format: PACKET_FORMAT,
        version: PACKET_VERSION,
        kind,
        sender,
        packetUuid: randomUUID(),
        sequence,
        campaign: { uuid: campaign.uuid, name: campaign.name },
        createdAt: at.toISOString(),
        appVersion: APP_VERSION,
        schemaVersion: userVersion(raw),
      },
      data,
      proposals?.files,
    );
    const fileName = `${FILE_PREFIX[kind]}-${slug(campaign.name)}-${slug(who)}-${sequence}.tdkt`;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const receiver = kind !== 'campaign' ? { code: '', name: SECRETARIAT } : unit ? { code: unit.code, name: unit.name } : { code: '', name: WHOLE_CAMPAIGN };
    logExport(raw, { kind, receiver, fileName, sha256, packetUuid: manifest.packetUuid, sequence, campaignUuid: campaign.uuid, at: manifest.createdAt, data });
    rememberSent(raw, manifest.createdAt, bytes);
    auditSync(raw, at, 'export', 'packet', campaign.id, {
      kind,
      unitCode: unit?.code ?? null,
      packetUuid: manifest.packetUuid,
      sequence,
      works: data.works.length,
      ...(proposals ? { proposals: proposals.proposals.length, attachments: proposals.files.length } : {}),
      sha256: manifest.files[0].sha256,
    });
    return { fileName, bytes, manifest };
  })();
}
