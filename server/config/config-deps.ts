import { randomBytes } from "node:crypto";
import { access, mkdir, readFile, writeFile } from "node:fs/promises";

/**
 * What loadConfig needs from the outside world, passed in so tests use an
 * in-memory folder and fixed random bytes instead of mocking modules.
 * The signatures are the subset of node:fs/promises that is used.
 */
export type TConfigDeps = {
  readFile(path: string, encoding: "utf8"): Promise<string>;
  /** `flag: "wx"` creates exclusively and rejects with code EEXIST when the file exists. */
  writeFile(path: string, data: string, options: { mode: number; flag: "wx" }): Promise<void>;
  mkdir(path: string, options: { recursive: true; mode?: number }): Promise<unknown>;
  exists(path: string): Promise<boolean>;
  randomBytes(size: number): Buffer;
  /** One line for the operator (stdout by default). */
  log(line: string): void;
};

/** The real file system, crypto RNG and console. */
export const nodeConfigDeps: TConfigDeps = {
  readFile: (path, encoding) => readFile(path, encoding),
  writeFile: (path, data, options) => writeFile(path, data, options),
  mkdir: (path, options) => mkdir(path, options),
  exists: (path) =>
    access(path).then(
      () => true,
      () => false,
    ),
  randomBytes: (size) => randomBytes(size),
  log: (line) => console.log(line),
};
