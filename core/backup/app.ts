// The backup handlers: list the complete backups of this database, make one (here or into a folder the
// user picks), restore from one in the list or from any file the user picks.
import type { Handler } from '../router.ts';
import { createBackup, listBackups } from './create.ts';
import { restoreBackup } from './restore.ts';

const list: Handler<'backup.list'> = (ctx) => listBackups(ctx);

const create: Handler<'backup.create'> = (ctx, a) => createBackup(ctx, { kind: 'manual', folder: a.folder });

const restore: Handler<'backup.restore'> = (ctx, a) => restoreBackup(ctx, a);

export const backupHandlers = { 'backup.list': list, 'backup.create': create, 'backup.restore': restore };
