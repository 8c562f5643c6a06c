import { signal } from "@preact/signals";
import type { TApiError, TDocumentType } from "../api/types";

/** One document slot's state; the file is kept so "Retry" needs no new pick. */
export type TUpload =
  | { state: "idle" }
  | { state: "uploading"; progress: number; name: string; file: Blob }
  | { state: "done"; name: string }
  | { state: "error"; error: TApiError; name: string; file: Blob };

/** Upload state per document type, as one signal of a record (components read it directly). */
export function createUploadState() {
  const uploads = signal<Partial<Record<TDocumentType, TUpload>>>({});
  const set = (type: TDocumentType, upload: TUpload) => {
    uploads.value = { ...uploads.value, [type]: upload };
  };
  const get = (type: TDocumentType): TUpload => uploads.value[type] ?? { state: "idle" };
  return { uploads, set, get };
}
