// The handlers of the agency capability: its profile, the issuers, the signers with their defaults,
// and the Nơi nhận list — read together for the Cơ quan page and the composer.
import type { IssuingSetup } from '../api/types.ts';
import type { Context } from '../context.ts';
import type { Handler, Handlers } from '../router.ts';
import { getIssuer, listIssuers, removeIssuer, saveIssuer } from './issuers.ts';
import { readAgency, saveAgency } from './profile.ts';
import { listRecipients, removeRecipient, saveRecipient } from './recipients.ts';
import { listSignerDefaults, listSigners, removeSigner, saveSigner, setSignerDefault } from './signers.ts';

async function issuingSetup(ctx: Context): Promise<IssuingSetup> {
  return {
    issuers: await listIssuers(ctx),
    signers: await listSigners(ctx),
    defaults: await listSignerDefaults(ctx),
    recipients: await listRecipients(ctx),
  };
}

const setDefault: Handler<'agency.setSignerDefault'> = async (ctx, a) => {
  await getIssuer(ctx, a.issuerId ?? null);
  await setSignerDefault(ctx, { ...a, issuerId: a.issuerId ?? null });
  return issuingSetup(ctx);
};

type AgencyMethod = 'settings.getAgency' | 'settings.saveAgency' | Extract<keyof Handlers, `agency.${string}`>;

export const agencyHandlers: Pick<Handlers, AgencyMethod> = {
  'settings.getAgency': (ctx) => readAgency(ctx),
  'settings.saveAgency': (ctx, a) => saveAgency(ctx, a),
  'agency.issuing': (ctx) => issuingSetup(ctx),
  'agency.saveSigner': (ctx, a) => saveSigner(ctx, a),
  'agency.removeSigner': (ctx, a) => removeSigner(ctx, a.id),
  'agency.setSignerDefault': setDefault,
  'agency.saveIssuer': (ctx, a) => saveIssuer(ctx, a),
  'agency.removeIssuer': (ctx, a) => removeIssuer(ctx, a.id),
  'agency.saveRecipient': (ctx, a) => saveRecipient(ctx, a),
  'agency.removeRecipient': (ctx, a) => removeRecipient(ctx, a.id),
};
