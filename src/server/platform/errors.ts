/**
 * The one error type of the application. `code` is MODULE.REASON and is listed in docs/errors.md;
 * `fields` maps a field name to a message key (translated by the error handler).
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields?: Record<string, string>;
  readonly params?: Record<string, string | number>;

  constructor(
    code: string,
    status: number,
    opts: { fields?: Record<string, string>; params?: Record<string, string | number> } = {},
  ) {
    super(code);
    this.code = code;
    this.status = status;
    this.fields = opts.fields;
    this.params = opts.params;
  }
}

export const notFound = (code = 'COMMON.NOT_FOUND') => new AppError(code, 404);
export const forbidden = (code = 'COMMON.FORBIDDEN') => new AppError(code, 403);
export const unauthorized = (code = 'AUTH.SIGN_IN_REQUIRED') => new AppError(code, 401);
export const conflict = (code: string, params?: Record<string, string | number>) =>
  new AppError(code, 409, { params });
export const invalid = (fields: Record<string, string>, code = 'COMMON.VALIDATION') =>
  new AppError(code, 400, { fields });
