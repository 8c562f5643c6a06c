import { uploadDocument } from "../models/flow-actions";
import { useState } from "preact/hooks";
import { useFlowApp } from "./flow-strings";
import type { TDocumentType } from "../api/types";

const ACCEPT = "image/jpeg,image/png,application/pdf";

/**
 * One document to upload: a file picker, a camera input (`capture="environment"`
 * opens the rear camera on phones), drag and drop, progress and retry.
 * A business's owners each get one (`uboId`, with its own `label`); `error` is a
 * step-level reason shown in the slot ("upload this document").
 */
export function DocumentSlot({ type, required, uboId, label, error }: { type: TDocumentType; required: boolean; uboId?: string; label?: string; error?: string }) {
  const { model, i18n } = useFlowApp();
  const t = i18n.t;
  const [dragging, setDragging] = useState(false);
  const key = uboId ? (`${type}:${uboId}` as const) : type;
  const upload = model.uploads.value[key] ?? { state: "idle" as const };
  const pick = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void uploadDocument(model, type, file, uboId);
  };
  const id = "f-" + key.replace(":", "-");
  return (
    <fieldset class="document" data-field={key} data-upload={upload.state} aria-invalid={error ? "true" : undefined}
      data-dragging={dragging ? "true" : undefined}
      onDragOver={(event) => (event.preventDefault(), setDragging(true))}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => (event.preventDefault(), setDragging(false), pick(event.dataTransfer?.files))}>
      <legend>{label ?? t("documents." + type)} {!required && <span class="optional">{t("app.optional")}</span>}</legend>
      {type === "identityDocumentBack" && <p class="hint">{t("documents.identityDocumentBackHint")}</p>}
      <p class="hint" id={id + "-hint"}>{t("documents.accepted")}</p>
      <div class="row">
        <input class="visually-hidden" id={id + "-file"} type="file" accept={ACCEPT} aria-describedby={id + "-hint"} onChange={(e) => pick(e.currentTarget.files)} />
        <label class="button secondary" for={id + "-file"}>{upload.state === "done" ? t("documents.replace") : t("documents.choose")}</label>
        <input class="visually-hidden" id={id + "-camera"} type="file" accept="image/*" capture="environment" onChange={(e) => pick(e.currentTarget.files)} />
        <label class="button secondary" for={id + "-camera"}>{t("documents.takePhoto")}</label>
      </div>
      <p class="hint">{t("documents.drop")}</p>
      {upload.state === "uploading" && (
        <progress max={100} value={Math.round(upload.progress * 100)} aria-label={t("documents.uploading", { progress: upload.progress })} />
      )}
      {upload.state === "done" && <p class="success">{t("documents.uploaded", { name: upload.name })}</p>}
      {upload.state === "error" && (
        <div class="error" id={id + "-error"}>
          <p>{t("documents.failed", { reason: t("errors." + upload.error.code, { defaultValue: upload.error.message }) })}</p>
          <button type="button" class="secondary" onClick={() => void uploadDocument(model, type, upload.file, uboId)}>{t("documents.retry")}</button>
        </div>
      )}
      {error && upload.state !== "done" && <p class="error" id={id + "-required"}>{error}</p>}
    </fieldset>
  );
}
