// The first screen's requests, all at once and as early as possible: main.tsx imports this module
// before antd, so the answers are usually back before the shell has rendered, instead of arriving one
// round trip after another as each component mounts. Each early answer is handed out once; anything
// later asks core afresh.
import type { CampaignStats } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';
import { loadSession, rememberedCampaign, type SessionSnapshot } from './session.tsx';

let session: Promise<SessionSnapshot> | null = loadSession();
// Without a remembered campaign core answers for the newest one, which is the one the session picks
// too. The dashboard checks the campaign before using the answer; a failure just means asking later.
const remembered = rememberedCampaign();
let stats: Promise<CampaignStats | null> | null = call('stats.campaign', remembered ? { campaignId: remembered } : {}).catch(
  () => null,
);
// Taken a moment later; until then a refusal must not count as an unhandled rejection.
session.catch(() => undefined);

export function takeEarlySession(): Promise<SessionSnapshot> | null {
  const s = session;
  session = null;
  return s;
}

/** The dashboard's first figures: the campaign's at its default date in the saved percent mode. */
export function takeEarlyStats(campaignId: number): Promise<CampaignStats | null> | null {
  const s = stats;
  stats = null;
  return s?.then((r) => (r?.campaign.id === campaignId ? r : null)) ?? null;
}

/**
 * Called once the first screen has mounted: an early answer nobody took by then (the app opened on
 * another page) would be stale by the time someone asked for it.
 */
export function dropEarly(): void {
  session = null;
  stats = null;
}
