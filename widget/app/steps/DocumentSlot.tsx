import { useState } from "preact/hooks";
import { useApp } from "../components/context";
import type { TDocumentType } from "../api/types";

const ACCEPT = "image/jpeg,image/png,application/pdf";

/**
 * One document to upload: a file picker, a camera input (`capture="environment"`
 * opens the rear camera on phones), drag and drop, progress and retry.
 */
export function DocumentSlot({ type, required }: { type: TDocumentType; required: boolean }) {
  const { model, i18n } = useApp();
  const t = i18n.t;
  const [dragging, setDragging] = useState(false);
  const upload = model.uploads.value[type] ?? { state: "idle" as const };
  const pick = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void model.uploadDocument(type, file);
  };
  const id = "f-" + type;
  return (
    <fieldset class="document" data-field={type} data-upload={upload.state}
      data-dragging={dragging ? "true" : undefined}
      onDragOver={(event) => (event.preventDefault(), setDragging(true))}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => (event.preventDefault(), setDragging(false), pick(event.dataTransfer?.files))}>
      <legend>{t("documents." + type)} {!required && <span class="optional">{t("app.optional")}</span>}</legend>
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
        <progress max={100} value={Math.round(upload.progress * 100)} aria-label={t("documents.uploading", { percent: Math.round(upload.progress * 100) })} />
      )}
      {upload.state === "done" && <p class="success">{t("documents.uploaded", { name: upload.name })}</p>}
      {upload.state === "error" && (
        <div class="error" id={id + "-error"}>
          <p>{t("documents.failed", { reason: t("errors." + upload.error.code, { defaultValue: upload.error.message }) })}</p>
          <button type="button" class="secondary" onClick={() => void model.uploadDocument(type, upload.file)}>{t("documents.retry")}</button>
        </div>
      )}
    </fieldset>
  );
}
