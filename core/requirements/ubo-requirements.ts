import type { TUboRecord } from "../customer/ubo.ts";
import type { TRequirementContext } from "./requirement-context.ts";
import { type TRequirementRule, addressRules, isMissing } from "./requirement-rules.ts";

type TUboSubject = { ubo: TUboRecord; context: TRequirementContext };

/**
 * What each beneficial owner must provide (paths relative to the UBO; the
 * customer's list prefixes them with `ubos.<uboId>.`). CDD rule 31 CFR
 * 1010.230(b): name, date of birth, address, and an identification number
 * (SSN for a US person, otherwise a passport or national id number), verified
 * against an identity document.
 */
export const UBO_RULES: ReadonlyArray<TRequirementRule<TUboSubject>> = [
  { path: "firstName", due: ({ ubo }) => isMissing(ubo.firstName) },
  { path: "lastName", due: ({ ubo }) => isMissing(ubo.lastName) },
  { path: "email", due: ({ ubo }) => isMissing(ubo.email) },
  { path: "dob", due: ({ ubo }) => isMissing(ubo.dob) },
  { path: "ssn", due: ({ ubo }) => ubo.address.country === "USA" && isMissing(ubo.ssn) },
  {
    path: "idNumber",
    due: ({ ubo }) => ubo.address.country !== null && ubo.address.country !== "USA" && isMissing(ubo.idNumber),
  },
  ...addressRules<TUboSubject>(({ ubo }) => ubo.address),
  // A listed person below the threshold who doesn't control the business is not a
  // beneficial owner (checkOwnership's below_ownership_threshold): the share is
  // due again until raised, or the person is marked control person or removed.
  {
    path: "ownershipPercentage",
    due: ({ ubo, context }) =>
      isMissing(ubo.ownershipPercentage) || (ubo.ownershipPercentage! < context.ownershipThreshold && ubo.isControlPerson !== true),
  },
  { path: "identityDocument", due: ({ ubo, context }) => !context.hasDocument("identityDocumentFront", ubo.id) },
];
