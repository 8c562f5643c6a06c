/**
 * The terms a customer accepts, their disclaimer sentences and versions: the ONE
 * place they are written. An acceptance stores the version it was given, so a
 * changed sentence gets a new version and old acceptances still say what was shown.
 *
 * `tos` is seed 004's sentence word for word, with our product's name in place
 * of "Sphere"; the API's `tosDisclaimer` must equal it exactly.
 */
export const PRODUCT_NAME = "Open Onboarding";

export type TTermsKind = "tos" | "msa" | "euAccountTos";

export type TDisclaimer = { kind: TTermsKind; version: string; text: string };

/** The current disclaimer of each kind of terms. */
export const DISCLAIMERS: Readonly<Record<TTermsKind, TDisclaimer>> = {
  tos: {
    kind: "tos",
    version: "tos-2026-01-01",
    text: `By submitting this request, I hereby declare that the created customer has read and accepted ${PRODUCT_NAME} Terms of Service.`,
  },
  msa: {
    kind: "msa",
    version: "msa-2026-01-01",
    text: `By submitting this request, I hereby declare that the created customer has read and accepted the ${PRODUCT_NAME} Master Services Agreement.`,
  },
  euAccountTos: {
    kind: "euAccountTos",
    version: "eu-account-tos-2026-01-01",
    text: `By submitting this request, I hereby declare that the created customer has read and accepted the ${PRODUCT_NAME} EU Account Terms of Service.`,
  },
};

/** Seed 004's `tosDisclaimer`, adapted to our name: what `tosAccepted: true` must come with. */
export const TOS_DISCLAIMER = DISCLAIMERS.tos.text;

/** The disclaimer with this version, or null when the version is unknown (or of another kind). */
export function disclaimerByVersion(kind: TTermsKind, version: string): TDisclaimer | null {
  const current = DISCLAIMERS[kind];
  return current.version === version ? current : null;
}
