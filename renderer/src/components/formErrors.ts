// Failed saves: core names the fields it refused ("phases.0.startDate") and says why in Vietnamese.
// Put each message next to its field and the overall message in a toast.
import type { App, FormInstance } from 'antd';
import { ApiCallError, errorMessage } from '../api/client.ts';

type MessageApi = ReturnType<typeof App.useApp>['message'];

function namePath(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/u.test(part) ? Number(part) : part));
}

/** Returns true when at least one message landed on a field of the form. */
export function showApiError(error: unknown, message: MessageApi, form?: FormInstance): boolean {
  let placed = false;
  if (form && error instanceof ApiCallError && error.apiError.fields) {
    const fields = Object.entries(error.apiError.fields)
      .filter(([path]) => path !== '_')
      .map(([path, text]) => ({ name: namePath(path), errors: [text] }));
    form.setFields(fields);
    placed = fields.length > 0;
  }
  void message.error(errorMessage(error));
  return placed;
}
