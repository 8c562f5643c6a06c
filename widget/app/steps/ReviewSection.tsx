import { useFlowApp } from "./flow-strings";
import type { TStepId } from "../models/steps";

/** One part of the review (an individual's or a business's): its answers, then a link back to its step. */
export function ReviewSection({ step, title, rows }: { step: TStepId; title: string; rows: Array<[string, string | null | undefined]> }) {
  const { model, i18n } = useFlowApp();
  return (
    <section class="review-section" data-review={step} aria-labelledby={"review-" + step}>
      <h3 id={"review-" + step}>{title}</h3>
      <dl>{rows.map(([label, value], i) => <div key={i}><dt>{label}</dt><dd>{value || i18n.t("review.notProvided")}</dd></div>)}</dl>
      <button type="button" class="link" onClick={() => model.goTo(step)}>{i18n.t("review.edit", { section: title })}</button>
    </section>
  );
}
