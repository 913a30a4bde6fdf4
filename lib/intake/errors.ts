/** Every way bringing an article in can fail, as a stable machine code. */
export type IntakeErrorCode =
  | "empty"
  | "too_long"
  | "file_too_big"
  | "unsupported_type"
  | "not_docx"
  | "binary_file"
  | "bad_encoding"
  | "bad_url"
  | "private_address"
  | "unreachable"
  | "timeout"
  | "http_status"
  | "not_html"
  | "too_big"
  | "too_complex"
  | "not_article";

/**
 * A failure an editor can act on. `userMessage` (also the Error message)
 * says what happened and what to do; `code` is for the app and for tests;
 * `status` carries the HTTP status for "http_status".
 */
export class IntakeError extends Error {
  readonly code: IntakeErrorCode;
  readonly userMessage: string;
  readonly status?: number;

  constructor(code: IntakeErrorCode, userMessage: string, options: { status?: number; cause?: unknown } = {}) {
    super(userMessage, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "IntakeError";
    this.code = code;
    this.userMessage = userMessage;
    this.status = options.status;
  }
}

/** Narrows an unknown thrown value to an IntakeError. */
export function isIntakeError(error: unknown): error is IntakeError {
  return error instanceof IntakeError;
}
