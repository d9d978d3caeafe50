// Refusals of the document calls: core names the field ("meeting.place", "number", "texts.uuDiem");
// each message goes next to its input or its section, the whole message into a toast.
import type { App, FormInstance } from 'antd';
import { ApiCallError, errorMessage } from '../api/client.ts';

type MessageApi = ReturnType<typeof App.useApp>['message'];

export function showDocumentError(
  error: unknown,
  message: MessageApi,
  form: FormInstance,
  setSectionErrors: (errors: Record<string, string>) => void,
  options: { quiet?: boolean } = {},
): void {
  const fields = error instanceof ApiCallError ? (error.apiError.fields ?? {}) : {};
  const sections: Record<string, string> = {};
  const formFields: { name: (string | number)[]; errors: string[] }[] = [];
  for (const [path, text] of Object.entries(fields)) {
    if (path === '_') continue;
    if (path.startsWith('texts.')) {
      sections[path.slice('texts.'.length)] = text;
      continue;
    }
    // "meeting.participants.2" belongs to the one box that holds all the participants.
    const parts = path.split('.');
    while (parts.length > 1 && /^\d+$/u.test(parts[parts.length - 1])) parts.pop();
    formFields.push({ name: parts, errors: [text] });
  }
  if (formFields.length) form.setFields(formFields);
  setSectionErrors(sections);
  // While the user is still filling the form, a section list that cannot be built yet is shown in
  // place (with the fields marked), not as a toast on every pause in typing.
  if (!options.quiet) void message.error(errorMessage(error));
}

/** Core's refusal of a field stands until the user changes that field (nested one level: meeting.place). */
export function clearChangedErrors(form: FormInstance, changed: object): void {
  const names = Object.entries(changed).flatMap(([key, value]): (string | number)[][] =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).map((sub) => [key, sub]) : [[key]],
  );
  form.setFields(names.map((name) => ({ name, errors: [] })));
}
