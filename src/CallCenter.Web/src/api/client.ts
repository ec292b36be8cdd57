import type { ProblemDetails } from './types';

/** An HTTP error with the server's ProblemDetails (title, detail, stable code, field errors). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

let currentLanguage = 'zh-Hans';
let onUnauthorized: (() => void) | null = null;

/** The server localizes error messages and permission names by Accept-Language. */
export function setApiLanguage(lang: string) {
  currentLanguage = lang;
}

/** Called when a request other than sign-in comes back 401: the session has ended. */
export function setUnauthorizedHandler(handler: (() => void) | null) {
  onUnauthorized = handler;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === '') continue;
      params.append(key, String(value));
    }
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readProblem(response: Response): Promise<ProblemDetails> {
  const text = await response.text();
  if (!text) return { status: response.status, title: response.statusText };
  try {
    const parsed = JSON.parse(text) as ProblemDetails;
    return { status: response.status, ...parsed };
  } catch {
    return { status: response.status, title: response.statusText, detail: text.slice(0, 300) };
  }
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Sign-in answers 401 for a wrong password; that is not a lost session. */
  skipUnauthorizedHandler?: boolean;
  /** Extra request headers, e.g. Idempotency-Key on a technician's action. */
  headers?: Record<string, string>;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage,
    'X-Requested-With': 'XMLHttpRequest',
    ...options.headers,
  };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(buildUrl(path, options.query), {
    method,
    headers,
    body,
    credentials: 'same-origin',
    signal: options.signal,
  });
  // A cookie handler that redirects to a sign-in page instead of answering 401 ends here with HTML.
  const isHtml = (response.headers.get('Content-Type') ?? '').includes('text/html');
  if (response.ok && isHtml && path.startsWith('/api/')) {
    if (!options.skipUnauthorizedHandler) onUnauthorized?.();
    throw new ApiError(401, { status: 401, title: 'Unauthorized' });
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && !options.skipUnauthorizedHandler) onUnauthorized?.();
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

/** The message to show for any error: the server's localized detail, else its title. */
export function errorMessage(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return error.problem.detail || error.problem.title || fallback;
  if (error instanceof Error && error.message) return error.message;
  return fallback;
}
