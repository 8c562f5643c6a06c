import type { TCustomerView, TUboView } from "../api/types";
import { addressDraft, type TAddressDraft } from "./drafts";

/** The company step as typed (strings and choices; parsed on save). */
export type TCompanyDraft = {
  name: string;
  ein: string;
  registrationNumber: string;
  description: string;
  website: string;
  businessType: string;
  email: string;
  phoneNumber: string;
  address: TAddressDraft;
  estimatedAnnualRevenueUsd: string;
  expectedMonthlyPaymentsUsd: string;
  sourceOfFundsDescription: string;
  operatesInProhibitedCountries: "" | "yes" | "no";
  highRiskActivities: string[];
  transmitsCustomerFunds: "" | "yes" | "no";
  transmitsCustomerFundsDescription: string;
  thirdParty: "" | "yes" | "no";
  thirdPartyMessage: string;
};

/** One owner as typed; `id` null for a new owner. SSN, id number and dob are masked by the API: typed again only to change. */
export type TOwnerDraft = {
  id: string | null;
  firstName: string;
  lastName: string;
  dobDay: string;
  dobMonth: string;
  dobYear: string;
  ssn: string;
  idNumber: string;
  email: string;
  phoneNumber: string;
  address: TAddressDraft;
  ownershipPercentage: string;
  isControlPerson: boolean;
};

const yesNo = (value: boolean | null | undefined): "" | "yes" | "no" => (value === true ? "yes" : value === false ? "no" : "");
const text = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/** The company draft prefilled from the customer, so a resumed session shows earlier answers. */
export function companyDraftFrom(c: TCustomerView): TCompanyDraft {
  return {
    name: text(c.name), ein: "", registrationNumber: text(c.registrationNumber), description: text(c.description),
    website: text(c.website), businessType: text(c.businessType), email: text(c.email), phoneNumber: text(c.phoneNumber),
    address: addressDraft(c.address), estimatedAnnualRevenueUsd: text(c.estimatedAnnualRevenueUsd),
    expectedMonthlyPaymentsUsd: text(c.expectedMonthlyPaymentsUsd), sourceOfFundsDescription: text(c.sourceOfFundsDescription),
    operatesInProhibitedCountries: yesNo(c.operatesInProhibitedCountries), highRiskActivities: [...(c.highRiskActivities ?? [])],
    transmitsCustomerFunds: yesNo(c.transmitsCustomerFunds), transmitsCustomerFundsDescription: text(c.transmitsCustomerFundsDescription),
    thirdParty: yesNo(c.thirdParty), thirdPartyMessage: text(c.thirdPartyMessage),
  };
}

/** A draft for a new owner, or prefilled from a stored one. */
export function ownerDraftFrom(ubo: TUboView | null): TOwnerDraft {
  return {
    id: ubo?.id ?? null, firstName: text(ubo?.firstName), lastName: text(ubo?.lastName), dobDay: "", dobMonth: "", dobYear: "",
    ssn: "", idNumber: "", email: text(ubo?.email), phoneNumber: text(ubo?.phoneNumber), address: addressDraft(ubo?.address ?? null),
    ownershipPercentage: text(ubo?.ownershipPercentage), isControlPerson: ubo?.isControlPerson === true,
  };
}

/**
 * `none_of_the_above` is exclusive (issue 5, and core's schema refuses both):
 * ticking it clears the others, ticking another activity clears it.
 */
export function toggleActivity(current: readonly string[], activity: string, on: boolean): string[] {
  if (!on) return current.filter((a) => a !== activity);
  if (activity === "none_of_the_above") return ["none_of_the_above"];
  return [...current.filter((a) => a !== "none_of_the_above" && a !== activity), activity];
}
