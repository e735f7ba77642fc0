/**
 * @module errors
 * The few errors Verbatim throws. Each has a one-line message meant for a person; the CLI prints
 * `verbatim: <message>` and exits non-zero, never a stack trace.
 */

/** Base class: an expected failure with a message fit for the command line. */
export class VerbatimError extends Error {
  /** Machine-readable reason. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The input cannot be read as a transcript at all (empty, binary, not text). */
export class UnreadableInputError extends VerbatimError {
  constructor(message: string) {
    super('unreadable-input', message);
  }
}

/** Model JSON that does not match the spec, or is of another model version. */
export class ModelError extends VerbatimError {
  constructor(message: string) {
    super('invalid-model', message);
  }
}

/** An option with a bad value. */
export class InvalidOptionError extends VerbatimError {
  constructor(message: string) {
    super('invalid-option', message);
  }
}
