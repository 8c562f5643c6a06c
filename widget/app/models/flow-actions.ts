import type { TDocumentType } from "../api/types";
import type { TOnboardingModel } from "./onboarding-model";

/**
 * The later steps' actions (documents, terms, review), on the onboarding model's `kit`: they load
 * with those steps (the `flow` chunk), not with the first step (issue 7). Types only from the
 * model: importing `@preact/signals` here would make rolldown split it off app.js.
 */

/** Uploads one document (downscaled first when it is a large photo), with progress; retry = call again. */
export async function uploadDocument(model: TOnboardingModel, type: TDocumentType, file: Blob, uboId?: string): Promise<void> {
  const { api, call, uploadState, prepareUpload, announce, applyCustomer } = model.kit;
  const name = (file as File).name ?? type;
  // One slot per owner for owners' identity documents (issue 5): `type:uboId`.
  const key: TDocumentType | `${TDocumentType}:${string}` = uboId ? `${type}:${uboId}` : type;
  uploadState.set(key, { state: "uploading", progress: 0, name, file });
  const prepared = prepareUpload ? await prepareUpload(file).catch(() => file) : file;
  const result = await call(() =>
    api.uploadDocument(prepared, type, (progress) => uploadState.set(key, { state: "uploading", progress, name, file }), uboId),
  );
  if (!result.ok) {
    uploadState.set(key, { state: "error", error: result.error, name, file });
    return void announce("documents.failed", { reason: result.error.message });
  }
  uploadState.set(key, { state: "done", name });
  applyCustomer(result.data.customer);
}

/** Records the terms acceptance server-side, then continues. */
export async function acceptTerms(model: TOnboardingModel): Promise<boolean> {
  const { api, persist, attempted, announce, advance } = model.kit;
  attempted.value = true;
  if (!model.drafts.value.terms.accepted) return announce("terms.required"), false;
  if (!(await persist(() => api.acceptTerms()))) return false;
  advance("terms");
  return true;
}

/** Submits for verification, shows the status page and follows live updates. */
export async function submit(model: TOnboardingModel): Promise<boolean> {
  const { api, call, saving, fail, bridge, applyCustomer, show, watchStatus } = model.kit;
  saving.value = true;
  const result = await call(() => api.submit());
  saving.value = false;
  if (!result.ok) return fail(result.error), false;
  bridge.emit("submitted", {});
  applyCustomer(result.data.customer);
  show("status");
  watchStatus();
  return true;
}
