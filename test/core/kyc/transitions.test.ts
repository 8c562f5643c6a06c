import { describe, expect, it } from "vitest";
import { ZKycStatus } from "../../../core/customer/enums.ts";
import { canTransition, isFinal, kycTransitionProblem, type TKycCause } from "../../../core/kyc/transitions.ts";

const CAUSES: TKycCause[] = ["submit", "resubmit", "provider", "reviewer"];
const STATUSES = ZKycStatus.options;

describe("the kyc status machine", () => {
  it("allows exactly the moves of the lifecycle (README diagram)", () => {
    const allowed = STATUSES.flatMap((from) =>
      STATUSES.flatMap((to) => CAUSES.filter((cause) => canTransition(from, to, cause)).map((cause) => `${from} → ${to} by ${cause}`)),
    );
    expect(allowed.sort()).toEqual([
      "additionalReviewRequired → additionalReviewRequired by reviewer",
      "additionalReviewRequired → approved by reviewer",
      "additionalReviewRequired → pending by resubmit",
      "additionalReviewRequired → rejected by reviewer",
      "incomplete → pending by submit",
      "pending → additionalReviewRequired by provider",
      "pending → additionalReviewRequired by reviewer",
      "pending → approved by provider",
      "pending → approved by reviewer",
      "pending → rejected by provider",
      "pending → rejected by reviewer",
    ]);
  });

  it("keeps approved and rejected final", () => {
    expect(STATUSES.filter(isFinal)).toEqual(["approved", "rejected"]);
  });

  it("names both ends in its refusal", () => {
    expect(kycTransitionProblem("approved", "pending", "submit")).toBe("kyc can't move from approved to pending (approved is final).");
    expect(kycTransitionProblem("incomplete", "approved", "reviewer")).toContain("from incomplete to approved");
    expect(kycTransitionProblem("pending", "approved", "provider")).toBeNull();
  });
});
