// Entry of `npm run cli`. Node's compile cache is switched on before anything else is loaded, so the
// second and later commands start faster (see core/hosts/http/main.ts).
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./run.ts');
