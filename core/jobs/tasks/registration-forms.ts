// Writes registration workbooks (core/exchange/forms/registration-write.ts) from data the main thread
// read: one workbook, or one per unit stored in a zip. 254 per-unit workbooks take ≈ 5 s, which is why
// the page runs this in the jobs worker with a bar that moves per workbook; the API's synchronous
// exchange.excelForm (the CLI's) runs the same task in-process.
import type { RegistrationFormData } from '../../exchange/forms/registration-data.ts';
import { writeRegistrationForm } from '../../exchange/forms/registration-write.ts';
import { type JobTask, type MadeFile, type MadeFiles, throwIfCancelled } from '../task.ts';
import { zipTask } from './zip.ts';

export interface RegistrationFormsInput {
  forms: RegistrationFormData[];
  createdAt: Date;
  /** Set: every workbook goes into this one .zip; unset: the one workbook itself. */
  archiveName?: string;
}

export const registrationFormsTask: JobTask<RegistrationFormsInput, MadeFiles> = {
  async run(input, progress, signal) {
    const total = input.forms.length;
    const books: MadeFile[] = [];
    progress(0, total);
    for (const data of input.forms) {
      throwIfCancelled(signal);
      const form = await writeRegistrationForm(data, input.createdAt);
      books.push({ name: form.fileName, bytes: form.bytes });
      progress(books.length, total);
    }
    throwIfCancelled(signal);
    if (input.archiveName === undefined) return { files: books };
    // The workbooks are zips already: stored, not deflated again.
    return zipTask.run({ archiveName: input.archiveName, entries: books, level: 0 }, () => {}, signal);
  },
};
