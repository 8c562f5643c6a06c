import { useEffect, useState } from "preact/hooks";
import { useFlowApp } from "../steps/flow-strings";
import { QrCode } from "./qr/QrCode";

/**
 * "Continue on your phone", on the documents step: a single-use link as a QR
 * code and as text to copy. While it is open the desktop follows the session's
 * events, so the step moves on by itself once the phone's photos arrive.
 * Renders nothing where handoff is unavailable (on the phone itself, in tests).
 */
export function HandoffPanel() {
  const { handoff, i18n } = useFlowApp();
  const t = i18n.t;
  const [copied, setCopied] = useState(false);
  useEffect(() => () => handoff?.close(), []);
  if (!handoff?.available) return null;
  const status = handoff.status.value;
  const open = () => void handoff.open(i18n.locale.peek());
  const copy = (url: string) =>
    navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false));

  return (
    <section class="handoff" aria-labelledby="handoff-title">
      <h3 id="handoff-title">{t("handoff.title")}</h3>
      {status.state === "idle" && (
        <>
          <p class="hint">{t("handoff.intro")}</p>
          <button type="button" class="secondary" onClick={open}>{t("handoff.show")}</button>
        </>
      )}
      {status.state === "creating" && <p class="notice">{t("handoff.creating")}</p>}
      {status.state === "ready" && (
        <>
          <p>{t("handoff.scan")}</p>
          <QrCode text={status.url} label={t("handoff.qrLabel")} />
          <div class="field">
            <label for="f-handoff-url">{t("handoff.linkLabel")}</label>
            <input id="f-handoff-url" type="url" readOnly value={status.url} dir="ltr" aria-describedby="f-handoff-expiry"
              onFocus={(event) => event.currentTarget.select()} />
          </div>
          <p class="hint" id="f-handoff-expiry">
            {t("handoff.expires", { time: new Date(status.expiresAt), formatParams: { time: { hour: "numeric", minute: "2-digit" } } })}
          </p>
          <div class="row">
            <button type="button" class="secondary" onClick={() => copy(status.url)}>{t("handoff.copy")}</button>
            <button type="button" class="link" onClick={() => handoff.close()}>{t("handoff.cancel")}</button>
          </div>
          <p class="notice" role="status">{copied ? t("handoff.copied") : t("handoff.waiting")}</p>
        </>
      )}
      {(status.state === "expired" || status.state === "error") && (
        <>
          <p class="error" role="alert">{status.state === "expired" ? t("handoff.expired") : t("errors." + status.code, { defaultValue: status.message })}</p>
          <button type="button" class="secondary" onClick={open}>{t("handoff.again")}</button>
        </>
      )}
    </section>
  );
}
