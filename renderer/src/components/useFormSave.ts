// Every form saves the same way: the checks here spare a round trip, core checks again, and when core
// refuses, its messages land next to the fields it names. A refused save changes nothing, so the form
// keeps what the user typed.
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { showApiError } from './formErrors.ts';

export function useFormSave<V>(form: FormInstance<V>, save: (values: V) => Promise<void>, onInvalid?: () => void) {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  const run = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      onInvalid?.();
      return;
    }
    setSaving(true);
    try {
      await save(values);
    } catch (e) {
      showApiError(e, message, form);
    } finally {
      setSaving(false);
    }
  };

  return { saving, submit: () => void run() };
}
