import { ApiError } from '../api/client';
import type { SendOutcome } from './types';

/**
 * Whether a failed attempt is worth repeating. A fetch that never reached the server throws a TypeError; 5xx,
 * 408 and 429 are passing trouble; 401 means the session ended and the action waits for the next sign-in.
 * Any other 4xx is the server's considered "no" (an illegal transition, bad input): repeating it cannot help.
 */
export function classifyError(error: unknown): SendOutcome {
  if (error instanceof ApiError) {
    const message = error.problem.detail || error.problem.title || `HTTP ${error.status}`;
    const transient = error.status >= 500 || error.status === 408 || error.status === 429 || error.status === 401;
    return transient ? { kind: 'retry', error: message } : { kind: 'rejected', error: message };
  }
  return { kind: 'retry', error: error instanceof Error ? error.message : String(error) };
}
