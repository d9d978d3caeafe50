// What every screen shares: the database summary, the agency, the campaign list and the campaign the
// user is working on (remembered between runs, so the app reopens where they left off).
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Agency, AppInfo, CampaignRow } from '../../../core/api/types.ts';
import { call } from '../api/client.ts';

interface Session {
  info: AppInfo;
  agency: Agency | null;
  campaigns: CampaignRow[];
  campaignId: number | null;
  campaign: CampaignRow | null;
  setCampaignId: (id: number) => void;
  /** Re-read everything above, e.g. after demo data or a restore replaced the database. */
  refresh: () => Promise<void>;
  refreshCampaigns: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);
const CAMPAIGN_KEY = 'tdkt.campaignId';

/** The campaign the user last worked on, if any was remembered. */
export function rememberedCampaign(): number | null {
  return Number(localStorage.getItem(CAMPAIGN_KEY)) || null;
}

export interface SessionSnapshot {
  info: AppInfo;
  agency: Agency | null;
  campaigns: CampaignRow[];
}

export async function loadSession(): Promise<SessionSnapshot> {
  const [info, agency, campaigns] = await Promise.all([
    call('app.info', {}),
    call('settings.getAgency', {}),
    call('campaigns.list', {}),
  ]);
  return { info, agency, campaigns };
}

function pickCampaign(campaigns: CampaignRow[], wanted: number | null): number | null {
  if (wanted !== null && campaigns.some((c) => c.id === wanted)) return wanted;
  return campaigns[0]?.id ?? null;
}

export function SessionProvider({ initial, children }: { initial: SessionSnapshot; children: ReactNode }) {
  const [snapshot, setSnapshot] = useState(initial);
  const [campaignId, setCampaignIdState] = useState<number | null>(() =>
    pickCampaign(initial.campaigns, rememberedCampaign()),
  );

  useEffect(() => {
    setCampaignIdState((current) => pickCampaign(snapshot.campaigns, current));
  }, [snapshot.campaigns]);

  const setCampaignId = useCallback((id: number) => {
    localStorage.setItem(CAMPAIGN_KEY, String(id));
    setCampaignIdState(id);
  }, []);

  const refresh = useCallback(async () => {
    setSnapshot(await loadSession());
  }, []);

  const refreshCampaigns = useCallback(async () => {
    const campaigns = await call('campaigns.list', {});
    setSnapshot((s) => ({ ...s, campaigns }));
  }, []);

  const value = useMemo<Session>(
    () => ({
      ...snapshot,
      campaignId,
      campaign: snapshot.campaigns.find((c) => c.id === campaignId) ?? null,
      setCampaignId,
      refresh,
      refreshCampaigns,
    }),
    [snapshot, campaignId, setCampaignId, refresh, refreshCampaigns],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
