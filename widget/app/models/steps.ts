import type { TKycStatus } from "../../../core/protocol";

/**
 * Every step in DESIGN.md's order: the type choice (only when the session left it
 * open), then an individual's identity → address, or a business's company →
 * owners (issue 5), then documents → terms → review → status for both.
 */
export const STEP_ORDER = ["type", "identity", "address", "company", "owners", "documents", "terms", "review", "status"] as const;
export type TStepId = (typeof STEP_ORDER)[number];
export type TCustomerType = "individual" | "business";

/** The due paths plus `type` while the user still has to choose it (not a server requirement). */
export function dueOf(c: { requirements: readonly string[]; typeOpen?: boolean }): readonly string[] {
  return c.typeOpen ? ["type", ...c.requirements] : c.requirements;
}

/** Steps whose fields come from requirements (review and status are always reachable); `type` from `dueOf`. */
type TFormStep = Exclude<TStepId, "review" | "status">;

/**
 * Which step collects a requirement path (core/requirements names the paths).
 * `ssn` sits on the address step: it is due only for US residents, known once
 * the country is chosen.
 */
export function stepOfRequirement(path: string, type: TCustomerType = "individual"): TFormStep | null {
  if (path === "type") return "type";
  // A business (core/requirements/business-requirements.ts): company answers, then owners; owner ids go to documents.
  if (type === "business" && /^(name|email|phoneNumber|description|ein|registrationNumber|website|businessType|address\.|estimatedAnnual|expectedMonthly|sourceOfFunds|operatesIn|highRisk|transmits|thirdParty)/.test(path)) return "company";
  if (/^ubos\.[^.]+\.identityDocument$|^statementOfFunds$/.test(path)) return "documents";
  if (/^ubos(\.|$)/.test(path)) return "owners";
  if (/^(firstName|lastName|email|phoneNumber|dob)(\.|$)/.test(path)) return "identity";
  if (path === "ssn" || path.startsWith("address.")) return "address";
  if (/Document(Front|Back)?$/.test(path)) return "documents";
  if (path === "tos") return "terms";
  return null;
}

/** Form steps with at least one due requirement, in flow order. */
export function dueSteps(requirements: readonly string[], type?: TCustomerType): TFormStep[] {
  const due = new Set(requirements.map((path) => stepOfRequirement(path, type)));
  return STEP_ORDER.filter((step): step is TFormStep => due.has(step as TFormStep));
}

/**
 * The visible step list: the steps planned when the flow (re)started, plus any
 * step due now, then review (while the customer can still submit) and status.
 * Steps not due at start never appear; done steps stay so the stepper keeps
 * its shape and the review can link back to them.
 */
export function visibleSteps(planned: readonly TStepId[], requirements: readonly string[], kyc: TKycStatus, type?: TCustomerType): TStepId[] {
  const shown = new Set<TStepId>([...planned, ...dueSteps(requirements, type)]);
  if (canSubmit(kyc)) shown.add("review");
  shown.add("status");
  return STEP_ORDER.filter((step) => shown.has(step));
}

/** Whether the customer can (re)submit: before the first submit, or when a reviewer asked for more. */
export function canSubmit(kyc: TKycStatus): boolean {
  return kyc === "incomplete" || kyc === "additionalReviewRequired";
}

/**
 * The first step still due, else review. Used after each save, and when the user
 * continues from the status page after a reviewer asked for more.
 */
export function nextStep(requirements: readonly string[], kyc: TKycStatus, type?: TCustomerType): TStepId {
  // A prohibited business is rejected at once: nothing is left to fill in.
  return (kyc === "rejected" ? undefined : dueSteps(requirements, type)[0]) ?? (canSubmit(kyc) ? "review" : "status");
}

/**
 * Where a (re)opened session starts: in the flow while kyc is incomplete;
 * otherwise on the status page, which explains a pending, decided or
 * "more information needed" state before sending the user back into the flow.
 */
export function resumeStep(requirements: readonly string[], kyc: TKycStatus, type?: TCustomerType): TStepId {
  return kyc === "incomplete" ? nextStep(requirements, kyc, type) : "status";
}

/** Document slots the documents step shows for the due requirements. */
export function documentSlots(requirements: readonly string[]): Array<{ type: "identityDocumentFront" | "identityDocumentBack" | "proofOfAddressDocument"; required: boolean }> {
  const slots: ReturnType<typeof documentSlots> = [];
  // core: the front satisfies `customerIdentityDocument`; the back is optional (passports have none).
  if (requirements.includes("customerIdentityDocument") || requirements.includes("identityDocumentFront")) {
    slots.push({ type: "identityDocumentFront", required: true }, { type: "identityDocumentBack", required: false });
  }
  if (requirements.includes("proofOfAddressDocument")) slots.push({ type: "proofOfAddressDocument", required: true });
  return slots;
}
