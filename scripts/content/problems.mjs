/**
 * A content mistake the build refuses, located so an editor can go straight to it.
 * Every rule reports through this one shape so the build can list all problems at once.
 */
export class ContentProblem {
  /**
   * @param {string} file path as the editor knows it (relative to the working directory)
   * @param {number} line 1-based
   * @param {string} message what is wrong
   * @param {string} fix what to do about it
   */
  constructor(file, line, message, fix) {
    this.file = file;
    this.line = line;
    this.message = message;
    this.fix = fix;
  }

  toString() {
    return `${this.file}:${this.line}: ${this.message}\n    fix: ${this.fix}`;
  }
}

/** Thrown when the content has problems; carries all of them, not just the first. */
export class ContentError extends Error {
  /** @param {ContentProblem[]} problems */
  constructor(problems) {
    super(
      `The statement content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written.\n` +
        problems.map(String).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
