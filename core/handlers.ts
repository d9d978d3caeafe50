// Every method of the contract, each implemented once in its capability's folder.
import { backupHandlers } from './backup/app.ts';
import { calendarHandlers } from './calendar/app.ts';
import { campaignHandlers } from './campaigns/app.ts';
import { demoHandlers } from './demo/app.ts';
import { documentHandlers } from './documents/app.ts';
import { infoHandlers } from './info.ts';
import { logHandlers } from './log/app.ts';
import { groupHandlers } from './org/groups.ts';
import { unitHandlers } from './org/units.ts';
import { reportHandlers } from './reports/app.ts';
import type { Handlers } from './router.ts';
import { settingsHandlers } from './settings/app.ts';
import { statsHandlers } from './stats/app.ts';
import { workHandlers } from './works/app.ts';

export const handlers: Handlers = {
  ...infoHandlers,
  ...settingsHandlers,
  ...demoHandlers,
  ...unitHandlers,
  ...groupHandlers,
  ...campaignHandlers,
  ...workHandlers,
  ...reportHandlers,
  ...statsHandlers,
  ...backupHandlers,
  ...documentHandlers,
  ...logHandlers,
  ...calendarHandlers,
};
