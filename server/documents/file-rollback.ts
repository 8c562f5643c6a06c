import { AsyncLocalStorage } from "node:async_hooks";
import type { MiddlewareHandler } from "hono";
import type { TDocumentStorage } from "./document-storage.ts";

/**
 * Files are written outside SQL, before the row that names them; if the
 * transaction then rolls back, the file must go too. The names written during one
 * unit of work are collected here (per async call chain) and deleted when the
 * work fails. A crash between the two leaves at worst an unreferenced file,
 * never a row without its file.
 */
const written = new AsyncLocalStorage<string[]>();

/** Called by the document service right after it stores a file. */
export function trackWrittenFile(name: string): void {
  written.getStore()?.push(name);
}

/**
 * Runs `work`; if it throws, deletes every file stored during it, then rethrows.
 * Wrap the whole transaction (not a part of it): only its outcome decides.
 *
 * @example await withFileRollback(storage, () => db.transaction((tx) => documents.upload(tx, input)));
 */
export async function withFileRollback<T>(storage: TDocumentStorage, work: () => Promise<T>): Promise<T> {
  const names: string[] = [];
  try {
    return await written.run(names, work);
  } catch (error) {
    await removeAll(storage, names);
    throw error;
  }
}

/**
 * The same for HTTP: Hono turns a thrown error into a response before this
 * middleware sees it, so an error status (≥ 400) counts as failure. Handlers
 * commit only on success, so a failed request's transaction never committed.
 */
export function fileRollback(storage: TDocumentStorage): MiddlewareHandler {
  return async (c, next) => {
    // Reads store no files; skipping them keeps the async context out of most requests.
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const names: string[] = [];
    await written.run(names, next);
    if (names.length && (c.error || c.res.status >= 400)) await removeAll(storage, names);
  };
}

async function removeAll(storage: TDocumentStorage, names: string[]): Promise<void> {
  // Best effort: a file that can't be removed now is unreferenced, not exposed.
  await Promise.all(names.map((name) => storage.delete(name).catch(() => undefined)));
}
