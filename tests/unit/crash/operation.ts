// One operation of the app, run whole in a child process until the parent kills it (child.ts loads
// this). What may already be open before "READY" is opened first, so only the operation is at risk.
import { TdktApp } from '../../../core/app.ts';
import { commands } from '../../../core/hosts/cli/commands/index.ts';

export type Operation =
  | { op: 'demo-force'; db: string }
  | { op: 'backup-create'; db: string }
  | { op: 'backup-restore'; db: string; name: string }
  | { op: 'generate'; db: string; newVersion: boolean }
  | { op: 'issue'; db: string; id: number }
  | { op: 'migrate'; db: string }
  | { op: 'import'; db: string; file: string };

const task = JSON.parse(process.argv[2]) as Operation;
let started = 0;
const ready = () => {
  started = performance.now();
  process.stdout.write('READY\n');
};

switch (task.op) {
  case 'demo-force':
    ready();
    await commands.demo.run(['--db', task.db, '--force']);
    break;
  case 'migrate': {
    ready();
    new TdktApp({ dbPath: task.db, create: false }).close();
    break;
  }
  default: {
    const app = new TdktApp({ dbPath: task.db, create: false });
    ready();
    if (task.op === 'backup-create') await app.invoke('backup.create', {});
    if (task.op === 'backup-restore') await app.invoke('backup.restore', { name: task.name });
    if (task.op === 'generate') await app.invoke('documents.generate', { kind: 'bao_cao', stage: 'so_ket', campaignId: 1, newVersion: task.newVersion });
    if (task.op === 'issue') await app.invoke('documents.issue', { id: task.id });
    if (task.op === 'import') {
      const preview = await app.invoke('exchange.preview', { path: task.file });
      await app.invoke('exchange.apply', { stagingId: preview.stagingId });
    }
    app.close();
  }
}
// The length measured here: the parent may read READY and DONE in one chunk when it is busy.
process.stdout.write(`DONE ${(performance.now() - started).toFixed(1)}\n`);
