// Entry of `npm run cli`. Node's compile cache is switched on before anything else is loaded, so the
// second and later commands start faster: kysely alone is hundreds of module files.
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./run.ts');
