// The jobs of this database as the API shows them: each one's progress (also pushed as 'progress'
// events), the list, cancel, and a file a finished job wrote. None of them writes to the database.
import { readFileSync } from 'node:fs';
import { notFound } from '../api/envelope.ts';
import type { Handler } from '../router.ts';

const getJob: Handler<'jobs.get'> = (ctx, { id }) => ctx.jobs.get(id);

const listJobs: Handler<'jobs.list'> = (ctx) => ctx.jobs.list();

const cancelJob: Handler<'jobs.cancel'> = (ctx, { id }) => ctx.jobs.cancel(id);

const jobFile: Handler<'jobs.file'> = (ctx, { id, index }) => {
  const file = ctx.jobs.get(id).files[index];
  if (!file) throw notFound(`tệp thứ ${index + 1} của việc này`);
  // The path is one the runner recorded inside the data folder, never one from the request.
  return { fileName: file.name, contentBase64: readFileSync(file.path).toString('base64') };
};

export const jobHandlers = { 'jobs.get': getJob, 'jobs.list': listJobs, 'jobs.cancel': cancelJob, 'jobs.file': jobFile };
