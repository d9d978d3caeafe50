// The process the crash tests kill: `node tests/unit/crash/child.ts '<json>'`. Node's compile cache is
// switched on first (as the CLI does), then the operation's modules load; "READY" on stdout marks the
// moment the operation itself starts, so the parent can spread its kills over the operation alone.
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./operation.ts');
