import { signal } from "@preact/signals";
import type { TApiError, TDocumentType } from "../api/types";

/** One document slot's state; the file is kept so "Retry" needs no new pick. */
export type TUpload =
  | { state: "idle" }
  | { state: "uploading"; progress: number; name: string; file: Blob }
  | { state: "done"; name: string }
  | { state: "error"; error: TApiError; name: string; file: Blob };

/** Upload state per slot (a document type, or `type:uboId` for an owner's), as one signal of a record. */
export function createUploadState() {
  const uploads = signal<Partial<Record<TDocumentType | `${TDocumentType}:${string}`, TUpload>>>({});
  const set = (key: TDocumentType | `${TDocumentType}:${string}`, upload: TUpload) => {
    uploads.value = { ...uploads.value, [key]: upload };
  };
  const get = (type: TDocumentType): TUpload => uploads.value[type] ?? { state: "idle" };
  return { uploads, set, get };
}
