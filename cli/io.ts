/**
 * Everything the commands need from the machine. `run` takes it as an
 * argument, so tests run every command in-process against a temporary
 * directory and a fixed clock, and the real entry (drp.ts) passes nodeIo().
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The file's size in bytes, so a file can be refused before it is read. */
  fileSize: (path: string) => Promise<number>;
  readFile: (path: string) => Promise<Uint8Array>;
  /** Writes the whole file or nothing: a temporary file renamed over the target. */
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Creates the directory and its parents; fine if it exists. */
  makeDirectory: (path: string) => Promise<void>;
  now: () => Date;
}
