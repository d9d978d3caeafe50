// The packet methods of the API: export a packet, and open one to see what it holds. Opening writes
// nothing; importing it is the pipeline's (core/exchange/pipeline), which takes the same ImportInput.
import type { PacketSummary } from '../../api/types.ts';
import type { Handler } from '../../router.ts';
import { exportPacket } from './export.ts';
import { openPacket } from './open.ts';

const exportHandler: Handler<'exchange.exportPacket'> = (ctx, a) => {
  const packet = exportPacket(ctx, a);
  return { fileName: packet.fileName, contentBase64: Buffer.from(packet.bytes).toString('base64') };
};

const readHandler: Handler<'exchange.readPacket'> = (_ctx, a) => {
  const { manifest, input } = openPacket(a.fileName, Buffer.from(a.contentBase64, 'base64'));
  const summary: PacketSummary = {
    kind: manifest.kind,
    sender: manifest.sender,
    packetUuid: manifest.packetUuid,
    sequence: manifest.sequence,
    campaign: manifest.campaign,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    sha256: input.source.sha256,
    counts: {
      groups: input.groups.length,
      units: input.units.length,
      registrations: input.registrations.length,
      works: input.works.length,
      reports: input.reports.length,
      proposals: input.proposals?.length ?? 0,
      nominees: input.proposals?.reduce((n, p) => n + p.nominees.length, 0) ?? 0,
      people: input.people?.length ?? 0,
      attachments: input.proposals?.reduce((n, p) => n + p.attachments.length, 0) ?? 0,
    },
    notes: input.notes.map((n) => n.message),
  };
  return summary;
};

export const packetHandlers = {
  'exchange.exportPacket': exportHandler,
  'exchange.readPacket': readHandler,
};
