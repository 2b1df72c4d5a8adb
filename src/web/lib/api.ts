import type { ErrorBody } from '../../contracts/common';
import type { SessionReply } from '../../contracts/auth';
import { currentLanguage } from '../i18n';

/** An error answer of the API: `{ code, message, fields? }` with its HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields?: Record<string, string>;

  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.fields = body.fields;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type Query = Record<string, string | number | undefined | null>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A JSON value, or FormData for uploads. */
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** The app decides where a 401 leads (the area's login page). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function toApiError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as Partial<ErrorBody>;
    if (typeof body.code === 'string' && typeof body.message === 'string') {
      return new ApiError(res.status, body as ErrorBody);
    }
  } catch {
    // not JSON: a proxy or network failure
  }
  return new ApiError(res.status, {
    code: `HTTP.${res.status}`,
    message: res.statusText || 'Error',
  });
}

async function send(path: string, opts: RequestOptions, token: string | null): Promise<Response> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
  };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) {
    body = opts.body;
  } else if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && token) headers['x-csrf-token'] = token;
  return fetch(withQuery(path, opts.query), {
    method,
    headers,
    body,
    credentials: 'same-origin',
    signal: opts.signal,
  });
}

/** GET /api/session; keeps the CSRF token for the writes that follow. */
export async function fetchSession(signal?: AbortSignal): Promise<SessionReply> {
  const res = await send('/api/session', { signal }, null);
  if (!res.ok) throw await toApiError(res);
  const reply = (await res.json()) as SessionReply;
  csrfToken = reply.csrfToken;
  return reply;
}

/** Keeps the token of a session answered by a sign-in. */
export function rememberSession(reply: SessionReply): void {
  csrfToken = reply.csrfToken;
}

export async function apiRequest<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const writes = (opts.method ?? 'GET') !== 'GET';
  if (writes && !csrfToken) await fetchSession();
  let res = await send(path, opts, csrfToken);
  if (writes && res.status === 403) {
    const error = await toApiError(res.clone());
    if (/csrf/i.test(error.code)) {
      await fetchSession(); // the token rotated (new session): fetch it and try once more
      res = await send(path, opts, csrfToken);
    }
  }
  if (!res.ok) {
    const error = await toApiError(res);
    if (error.status === 401 && !path.startsWith('/api/auth/')) onUnauthorized?.();
    throw error;
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}
