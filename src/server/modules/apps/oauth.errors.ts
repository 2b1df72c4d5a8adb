/**
 * An error of the OAuth endpoints, answered as RFC 6749 §5.2 JSON `{ error, error_description }`
 * (not as an AppError: clients of the token endpoint are programs that expect these codes).
 */
export class OAuthError extends Error {
  readonly error: string;
  readonly description: string;
  readonly status: number;

  constructor(error: string, description: string, status = 400) {
    super(`${error}: ${description}`);
    this.error = error;
    this.description = description;
    this.status = status;
  }
}

export const invalidRequest = (d: string) => new OAuthError('invalid_request', d);
export const invalidGrant = (d: string) => new OAuthError('invalid_grant', d);
export const invalidClient = () =>
  new OAuthError('invalid_client', 'client authentication failed', 401);
