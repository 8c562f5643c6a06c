import type { TCustomerView } from "../api/types";

/** What the user has typed, per step, as strings (inputs give strings; parsing happens on save). */
export type TIdentityDraft = {
  firstName: string;
  lastName: string;
  dobDay: string;
  dobMonth: string;
  dobYear: string;
  email: string;
  phoneNumber: string;
};
export type TAddressDraft = {
  country: string;
  line1: string;
  line2: string;
  city: string;
  state: string;
  postalCode: string;
  ssn: string;
};
export type TDrafts = { identity: TIdentityDraft; address: TAddressDraft; terms: { accepted: boolean } };

/**
 * Drafts prefilled from the masked customer, so a resumed session shows earlier
 * answers. SSN and date of birth are never returned by the API (masked), so
 * their inputs start empty and "on file" is shown instead.
 */
export function draftsFromCustomer(customer: TCustomerView): TDrafts {
  return {
    identity: {
      firstName: customer.firstName ?? "",
      lastName: customer.lastName ?? "",
      dobDay: "",
      dobMonth: "",
      dobYear: "",
      email: customer.email ?? "",
      phoneNumber: customer.phoneNumber ?? "",
    },
    address: addressDraft(customer.address),
    terms: { accepted: false },
  };
}

/** An address draft prefilled from a stored one (a customer's, a company's or an owner's); the SSN is never returned. */
export function addressDraft(address: TCustomerView["address"]): TAddressDraft {
  return {
    country: address?.country ?? "",
    line1: address?.line1 ?? "",
    line2: address?.line2 ?? "",
    city: address?.city ?? "",
    state: address?.state ?? "",
    postalCode: address?.postalCode ?? "",
    ssn: "",
  };
}

/** Field path (as the API names it) → the draft key the user edits, for mapping server errors. */
export const FIELD_OF_PATH: Record<string, string> = {
  "dob.day": "dob",
  "dob.month": "dob",
  "dob.year": "dob",
};
