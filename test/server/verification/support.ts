import { TOS_DISCLAIMER } from "../../../core/terms/tos-disclaimer.ts";
import { SEED_CREATE_BODY } from "../api-harness.ts";
import { b64, jpegWithGps } from "../documents/fixtures.ts";

/** Everything an individual needs (seed 004's example, an SSN, an ID, the terms): creating it submits it. */
export function completeIndividual(overrides: Record<string, unknown> = {}) {
  return {
    ...SEED_CREATE_BODY,
    ssn: "123-45-6789",
    identityDocumentFront: b64(jpegWithGps()),
    tosAccepted: true,
    tosDisclaimer: TOS_DISCLAIMER,
    ...overrides,
  };
}
