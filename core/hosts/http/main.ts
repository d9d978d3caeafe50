// Entry of `npm run web`. Node's compile cache is switched on before anything else is loaded: the host
// imports a few hundred modules (kysely alone is hundreds of files), and a warm cache cuts its start.
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./serve.ts');
