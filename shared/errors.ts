// The one error type that crosses the contract. Transports serialise it as
// {error:{code, message, issues?}}; the renderer maps `code` to words in the user's language.

export const ERROR_CODES = [
  'invalid-input', 'not-found', 'conflict', 'unknown-method', 'unauthorized',
  'db-newer-version', 'db-corrupt', 'db-locked', 'disk-full', 'read-only', 'internal',
  // A marketing touch the law or the contact limits forbid (issues[0].message names why).
  'marketing-blocked',
  // Card recognition (capture.recognize): not an image, engine failed to start, took too long.
  'unreadable-image', 'ocr-unavailable', 'ocr-timeout',
  // An encrypted book (or backup) opened without its key, or with another one.
  'key-required', 'wrong-key',
  // An undo (of a merge or an import) refused because later merges involve its people; one issue
  // per such merge: path `merges.<mergeId>`, message `<merged-away name> → <kept name>`.
  'merge-blocked',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `points.1.value`. */
  path: string;
  message: string;
}

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toPayload(): ErrorPayload {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }

  static fromPayload(p: ErrorPayload): AppError {
    return new AppError(p.code, p.message, p.issues);
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
