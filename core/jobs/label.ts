// The line a progress bar shows for a job, in Vietnamese with the app's number format ("1.000").
import type { JobState } from '../api/types.ts';
import { formatNumber } from '../text/numbers.ts';

/** How a kind of job names its work: "tạo" + "giấy khen" gives "Đang tạo 412/1.000 giấy khen". */
export interface JobWording {
  verb: string;
  noun: string;
}

export type JobPhase = 'queued' | 'running' | 'finishing' | 'ended';

export function jobLabel(w: JobWording, state: JobState, phase: JobPhase, done: number, total: number): string {
  const d = formatNumber(done);
  const t = formatNumber(total);
  switch (state) {
    case 'dang_chay':
      if (phase === 'queued') return `Đang chờ để ${w.verb} ${t} ${w.noun}`;
      if (phase === 'finishing') return `Đã ${w.verb} ${t} ${w.noun}, đang lưu tệp`;
      return `Đang ${w.verb} ${d}/${t} ${w.noun}`;
    case 'xong':
      return `Đã ${w.verb} xong ${t} ${w.noun}`;
    case 'loi':
      return `Không ${w.verb} được ${w.noun}`;
    case 'da_huy':
      return `Đã hủy khi được ${d}/${t} ${w.noun}; không tệp nào được ghi`;
  }
}
