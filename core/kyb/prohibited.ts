import type { TCustomerRecord } from "../customer/customer-record.ts";
import type { THighRiskActivity } from "../customer/enums.ts";
import { canTransition } from "../kyc/transitions.ts";

/**
 * Seed 004 lists twelve `highRiskActivities` but says nothing of which ones a
 * program refuses. Our choice, following the restricted-business lists payment
 * processors publish (e.g. Stripe's "Prohibited and restricted businesses") and
 * what US banks decline for federal-law reasons (cannabis is still a Schedule I
 * substance federally): these four end the onboarding. The others (money
 * services, lending, FX, …) are high risk but allowed: they go to verification.
 */
export const PROHIBITED_ACTIVITIES: ReadonlyArray<THighRiskActivity> = [
  "adult_entertainment",
  "gambling",
  "marijuana_or_related_services",
  "weapons_firearms_and_explosives",
];

/** The answers that decide `isProhibitedBusinessType` (seed 004 KYB questions). */
type TProhibitionAnswers = Pick<TCustomerRecord, "type" | "highRiskActivities" | "operatesInProhibitedCountries">;

/**
 * Whether the business is of a prohibited type: `true` as soon as one answer
 * prohibits it (a prohibited activity, or `operatesInProhibitedCountries: true`),
 * `false` once both questions are answered without one, `null` while unknown or
 * for an individual (seed 004: "Relevant if the customer is a business").
 * @example isProhibitedBusiness({ type: "business", highRiskActivities: ["gambling"], operatesInProhibitedCountries: false }) // true
 */
export function isProhibitedBusiness(answers: TProhibitionAnswers): boolean | null {
  if (answers.type !== "business") return null;
  const activities = answers.highRiskActivities ?? [];
  if (answers.operatesInProhibitedCountries === true || activities.some((a) => PROHIBITED_ACTIVITIES.includes(a))) return true;
  if (answers.operatesInProhibitedCountries === false && activities.length > 0) return false;
  return null;
}

/** Which answers prohibit the business, as field paths (for the widget's message and the docs). */
export function prohibitedAnswers(answers: TProhibitionAnswers): string[] {
  const paths: string[] = [];
  if ((answers.highRiskActivities ?? []).some((a) => PROHIBITED_ACTIVITIES.includes(a))) paths.push("highRiskActivities");
  if (answers.operatesInProhibitedCountries === true) paths.push("operatesInProhibitedCountries");
  return paths;
}

/**
 * The record after screening: `isProhibitedBusinessType` recomputed, and a
 * prohibited business moved to `kyc: "rejected"` (final: the host is told by the
 * `customer.kyc.updated` webhook and the widget's `status`/`complete` events).
 * Once prohibited it stays prohibited: changing the answer afterwards can't undo
 * a decision the host may already have acted on.
 */
export function screenBusiness(record: TCustomerRecord): TCustomerRecord {
  if (record.isProhibitedBusinessType === true) return record;
  const prohibited = isProhibitedBusiness(record);
  if (prohibited === record.isProhibitedBusinessType && !prohibited) return record;
  if (!prohibited) return { ...record, isProhibitedBusinessType: prohibited };
  const decidable = canTransition(record.kyc, "rejected", "screening");
  return { ...record, isProhibitedBusinessType: true, ...(decidable ? { kyc: "rejected" as const, additionalReviewRequiredReason: null } : {}) };
}
