import type { FormInstance } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { isApiError } from './api';

function toNamePath(field: string): NamePath {
  const path = field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return path.length === 1 ? path[0] : path;
}

/**
 * Puts an API error's per-field messages under the matching Form.Items.
 * Returns the names of the fields that got a message (in the server's order).
 */
export function applyFieldErrors<T>(form: FormInstance<T>, error: unknown): string[] {
  if (!isApiError(error) || !error.fields) return [];
  const entries = Object.entries(error.fields);
  form.setFields(entries.map(([name, message]) => ({ name: toNamePath(name), errors: [message] })));
  return entries.map(([name]) => name);
}
