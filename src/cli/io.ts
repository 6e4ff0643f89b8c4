/**
 * What a CLI command may do to the outside world. `run` and every command
 * take it as a parameter so tests drive the CLI in-process with fakes, and
 * only `bin/diplomatic-timeline.js` binds it to the real process and files.
 */
export interface CliIO {
  /** Writes text to standard output as is (callers add their own newlines). */
  stdout(text: string): void;
  /** Writes text to standard error as is (callers add their own newlines). */
  stderr(text: string): void;
  /** Reads a UTF-8 text file; rejects with a Node-style error (`code: "ENOENT"`, …). */
  readFile(path: string): Promise<string>;
  /** Writes a UTF-8 text file, for commands with an output option. */
  writeFile(path: string, text: string): Promise<void>;
}
