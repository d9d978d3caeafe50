import type { Command } from '../io.ts';
import { certificates } from './certificates.ts';
import { demo } from './demo.ts';
import { doc } from './doc.ts';
import { excelForm } from './excel-form.ts';
import { init } from './init.ts';
import { list } from './list.ts';
import { stats } from './stats.ts';

export const commands: Record<string, Command> = { init, demo, list, stats, doc, certificates, 'excel-form': excelForm };
