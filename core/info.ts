import type { Handler } from './router.ts';
import { userVersion } from '../db/migrate.ts';

export const APP_VERSION = '0.1.0';

const info: Handler<'app.info'> = (ctx) => {
  const raw = ctx.conn.raw;
  const count = (table: string) => (raw.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    version: APP_VERSION,
    dbPath: ctx.conn.path,
    schemaVersion: userVersion(raw),
    hasAgency: count('agency') > 0,
    units: count('units'),
    campaigns: count('campaigns'),
  };
};

export const infoHandlers = { 'app.info': info };
