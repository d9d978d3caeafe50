// Static, ordered list: a bundled app cannot discover migration files on disk.
import { m0001_initial } from './0001_initial.ts';
import { m0002_documents } from './0002_documents.ts';
import { m0003_application_id } from './0003_application_id.ts';
import { m0004_large_campaigns } from './0004_large_campaigns.ts';
import { m0005_drafts } from './0005_drafts.ts';
import { m0006_issuers_signers } from './0006_issuers_signers.ts';
import { m0007_holidays } from './0007_holidays.ts';
import { m0008_plan_library } from './0008_plan_library.ts';
import { m0009_featured_works } from './0009_featured_works.ts';
import { m0010_unique_rules } from './0010_unique_rules.ts';
import { m0011_free_document_kinds } from './0011_free_document_kinds.ts';
import { m0012_people_award_catalogue } from './0012_people_award_catalogue.ts';
import { m0014_awards } from './0014_awards.ts';
import { m0015_certificate_templates } from './0015_certificate_templates.ts';
import { m0016_packets_log } from './0016_packets_log.ts';
import { m0017_certificate_backgrounds } from './0017_certificate_backgrounds.ts';
import { m0018_award_document_defaults } from './0018_award_document_defaults.ts';
import { m0019_settled_stats } from './0019_settled_stats.ts';
import type { Migration } from './migration.ts';

export const migrations: readonly Migration[] = [
  m0001_initial,
  m0002_documents,
  m0003_application_id,
  m0004_large_campaigns,
  m0005_drafts,
  m0006_issuers_signers,
  m0007_holidays,
  m0008_plan_library,
  m0009_featured_works,
  m0010_unique_rules,
  m0011_free_document_kinds,
  m0012_people_award_catalogue,
  m0014_awards,
  m0015_certificate_templates,
  m0016_packets_log,
  m0017_certificate_backgrounds,
  m0018_award_document_defaults,
  m0019_settled_stats,
];

export const latestVersion = migrations[migrations.length - 1].version;
