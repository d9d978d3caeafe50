// Every method of the contract, each implemented once in its capability's folder.
import { agencyHandlers } from './agency/app.ts';
import { catalogueHandlers } from './awards/catalogue-app.ts';
import { decisionHandlers } from './awards/decisions-app.ts';
import { meetingHandlers } from './awards/meetings-app.ts';
import { proposalHandlers } from './awards/proposals-app.ts';
import { registerHandlers } from './awards/register-app.ts';
import { backupHandlers } from './backup/app.ts';
import { calendarHandlers } from './calendar/app.ts';
import { campaignHandlers } from './campaigns/app.ts';
import { certificateHandlers } from './certificates/app.ts';
import { previewHandlers } from './certificates/preview-app.ts';
import { printHandlers } from './certificates/print.ts';
import { demoHandlers } from './demo/app.ts';
import { documentHandlers } from './documents/app.ts';
import { excelHandlers } from './excel/app.ts';
import { packetHandlers } from './exchange/packets/app.ts';
import { exchangeHandlers } from './exchange/pipeline/app.ts';
import { formHandlers } from './exchange/forms/app.ts';
import { infoHandlers } from './info.ts';
import { jobHandlers } from './jobs/app.ts';
import { legalBasisHandlers } from './library/legal-bases.ts';
import { officeHandlers } from './library/offices.ts';
import { logHandlers } from './log/app.ts';
import { peopleHandlers } from './people/app.ts';
import { groupHandlers } from './org/groups.ts';
import { unitHandlers } from './org/units.ts';
import { reportHandlers } from './reports/app.ts';
import type { Handlers } from './router.ts';
import { settingsHandlers } from './settings/app.ts';
import { statsHandlers } from './stats/app.ts';
import { workHandlers } from './works/app.ts';
import { featuredHandlers } from './works/featured.ts';

export const handlers: Handlers = {
  ...infoHandlers,
  ...settingsHandlers,
  ...agencyHandlers,
  ...demoHandlers,
  ...unitHandlers,
  ...groupHandlers,
  ...campaignHandlers,
  ...workHandlers,
  ...featuredHandlers,
  ...reportHandlers,
  ...statsHandlers,
  ...backupHandlers,
  ...documentHandlers,
  ...logHandlers,
  ...legalBasisHandlers,
  ...officeHandlers,
  ...calendarHandlers,
  ...peopleHandlers,
  ...catalogueHandlers,
  ...jobHandlers,
  ...proposalHandlers,
  ...meetingHandlers,
  ...decisionHandlers,
  ...registerHandlers,
  ...certificateHandlers,
  ...printHandlers,
  ...excelHandlers,
  ...packetHandlers,
  ...exchangeHandlers,
  ...previewHandlers,
  ...formHandlers,
};
