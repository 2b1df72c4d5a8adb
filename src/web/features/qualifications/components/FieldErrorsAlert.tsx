import { Alert } from '../../../components/Alert';
import { ErrorAlert, isApiError } from '../deps';

/** An API error with every field message listed (thresholds, missing materials). */
export function FieldErrorsAlert({ error, testId }: { error: unknown; testId?: string }) {
  if (!isApiError(error) || !error.fields) return <ErrorAlert error={error} testId={testId} />;
  const lines = [...new Set(Object.values(error.fields))];
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      style={{ marginBottom: 16 }}
      title={error.message}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      }
    />
  );
}
