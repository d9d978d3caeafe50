// Static, ordered list: a bundled app cannot discover migration files on disk.
import { m0001_initial } from './0001_initial.ts';
import { m0002_documents } from './0002_documents.ts';
import { m0003_application_id } from './0003_application_id.ts';
import { m0004_large_campaigns } from './0004_large_campaigns.ts';
import { m0007_holidays } from './0007_holidays.ts';
import type { Migration } from './migration.ts';

export const migrations: readonly Migration[] = [m0001_initial, m0002_documents, m0003_application_id, m0004_large_campaigns, m0007_holidays];

export const latestVersion = migrations[migrations.length - 1].version;
