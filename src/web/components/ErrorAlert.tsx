import { Alert } from './Alert';
import { useErrorText } from '../lib/use-error-text';

/** Shows an API error's message (already in the user's language) or a generic failure. */
export function ErrorAlert({ error, testId }: { error: unknown; testId?: string }) {
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(error)}
      data-testid={testId}
      style={{ marginBottom: 16 }}
    />
  );
}
