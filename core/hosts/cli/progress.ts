// The progress of a job on stderr for the CLI commands that run one: a single line rewritten in place
// ("\r") on a terminal, one line per 10 % when stderr goes to a file or a pipe (a log stays readable).
// stdout stays free for the command's result.
import type { JobInfo } from '../../api/types.ts';
import type { TdktApp } from '../../app.ts';
import { CliError } from './io.ts';

export interface ProgressOut {
  isTTY?: boolean;
  write(text: string): unknown;
}

function percent(job: JobInfo): number {
  return job.total > 0 ? Math.floor((100 * Math.min(job.done, job.total)) / job.total) : 0;
}

/** Follows job `id` until it ends; resolves with it when done, throws its Vietnamese message otherwise. */
export function waitForJob(app: TdktApp, id: string, out: ProgressOut = process.stderr): Promise<JobInfo> {
  return new Promise((resolve, reject) => {
    let width = 0;
    let step = -1;
    let settled = false;
    const show = (job: JobInfo) => {
      const line = `${job.label} (${percent(job)}%)`;
      if (out.isTTY) {
        // Spaces over what is left of a longer line before it.
        out.write(`\r${line.padEnd(width)}`);
        width = Math.max(width, line.length);
      } else if (job.state !== 'dang_chay' || Math.floor(percent(job) / 10) > step) {
        step = Math.floor(percent(job) / 10);
        out.write(`${line}\n`);
      }
    };
    const seen = (job: JobInfo) => {
      if (settled || job.id !== id) return;
      if (job.state === 'dang_chay') {
        show(job);
        return;
      }
      settled = true;
      stop();
      if (out.isTTY) out.write(`\r${job.label.padEnd(width)}\n`);
      else out.write(`${job.label}\n`);
      if (job.state === 'xong') resolve(job);
      else if (job.state === 'da_huy') reject(new CliError(job.label));
      else reject(new CliError(job.error?.message ?? job.label));
    };
    const stop = app.onEvent((event) => seen(event.payload));
    // The job may have moved on (or ended) before this listener was there.
    app.invoke('jobs.get', { id }).then(seen, (error: unknown) => {
      settled = true;
      stop();
      reject(error);
    });
  });
}
