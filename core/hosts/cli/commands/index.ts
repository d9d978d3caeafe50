import type { Command } from '../io.ts';
import { certificates } from './certificates.ts';
import { demo } from './demo.ts';
import { doc } from './doc.ts';
import { exportList } from './export.ts';
import { exportPacket } from './export-packet.ts';
import { importCommand, undoImport } from './import.ts';
import { excelForm } from './excel-form.ts';
import { init } from './init.ts';
import { list } from './list.ts';
import { stats } from './stats.ts';

export const commands: Record<string, Command> = {
  init,
  demo,
  list,
  stats,
  doc,
  certificates,
  export: exportList,
  'export-packet': exportPacket,
  import: importCommand,
  'undo-import': undoImport,
  'excel-form': excelForm,
};
