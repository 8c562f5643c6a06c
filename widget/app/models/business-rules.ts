import type { TFieldIssue } from "../../../core/errors/field-issue";
import { checkOwnership, type TOwnershipEntry } from "../../../core/kyb/ownership-rules";
import type { TDateParts } from "../../../core/validation/dob";
import { isValidEin } from "../../../core/validation/ein";
import { isValidSsn } from "../../../core/validation/ssn";
import { isValidWebsite } from "../../../core/validation/website";
import { isValidEmail } from "../../../core/validation/email";
import type { TCustomerView, TUboView } from "../api/types";
import { addressInput, checkAddress } from "../validation/address-rules";
import { byPath, dobIssue, dobParts, normalizePhone, phoneIssue, requiredIssue as required, type TIssues } from "../validation/identity-rules";
import type { TCompanyDraft, TOwnerDraft } from "./business-drafts";

const issue = (path: string, code: string, message: string): TFieldIssue => ({ path, code, message });

/** Contact and address checks shared by the company and each owner (same rules as the server's schemas). */
function checkContact(d: { email: string; phoneNumber: string; address: TCompanyDraft["address"] }): TFieldIssue[] {
  const issues: TFieldIssue[] = [];
  if (!d.email.trim()) issues.push(required("email"));
  else if (!isValidEmail(d.email.trim())) issues.push(issue("email", "invalid_email", "Enter an email address like name@example.com."));
  const phone = d.phoneNumber.trim() && phoneIssue(d.phoneNumber);
  if (phone) issues.push(phone);
  // The address rules of the individual flow; the SSN belongs elsewhere here, so "on file".
  return [...issues, ...Object.values(checkAddress({ ...d.address, ssn: "" }, { ssnOnFile: true }))];
}

/** The company step: seed 004's business fields and KYB questions, as core and the server require them. */
export function checkCompany(d: TCompanyDraft, c: TCustomerView): TIssues {
  const issues: TFieldIssue[] = [];
  const us = d.address.country === "USA";
  if (!d.name.trim()) issues.push(required("name"));
  if (us && d.ein.trim() ? !isValidEin(d.ein.trim()) : us && !c.ein?.provided) issues.push(issue("ein", "invalid_ein", "Enter the 9-digit EIN, e.g. 12-3456789."));
  if (!us && d.address.country && !d.registrationNumber.trim()) issues.push(required("registrationNumber"));
  if (!d.description.trim()) issues.push(required("description"));
  if (d.website.trim() && !isValidWebsite(d.website.trim())) issues.push(issue("website", "invalid_website", "Enter a web address like https://example.com."));
  if (!d.phoneNumber.trim()) issues.push(required("phoneNumber"));
  issues.push(...checkContact(d));
  for (const key of ["estimatedAnnualRevenueUsd", "sourceOfFundsDescription", "operatesInProhibitedCountries", "transmitsCustomerFunds", "thirdParty"] as const) {
    if (!d[key]) issues.push(required(key));
  }
  const payments = Number(d.expectedMonthlyPaymentsUsd);
  if (!d.expectedMonthlyPaymentsUsd.trim() || !Number.isFinite(payments) || payments < 0) issues.push(issue("expectedMonthlyPaymentsUsd", "invalid_amount", "Enter an amount in US dollars, e.g. 25000."));
  if (d.highRiskActivities.length === 0) issues.push(issue("highRiskActivities", "required", "Choose the activities that apply, or \"None of the above\"."));
  if (d.transmitsCustomerFunds === "yes" && !d.transmitsCustomerFundsDescription.trim()) issues.push(required("transmitsCustomerFundsDescription"));
  if (d.thirdParty === "yes" && !d.thirdPartyMessage.trim()) issues.push(required("thirdPartyMessage"));
  return byPath(issues);
}

/** The partial update the company step sends; masked EIN only when typed. */
export function companyPayload(d: TCompanyDraft): Record<string, unknown> {
  const us = d.address.country === "USA";
  const yes = (v: string) => v === "yes";
  return {
    name: d.name.trim(), description: d.description.trim(), email: d.email.trim(), phoneNumber: normalizePhone(d.phoneNumber),
    website: d.website.trim() || null, businessType: d.businessType || null, address: addressInput(d.address),
    ...(us && d.ein.trim() ? { ein: d.ein.trim() } : {}), ...(!us ? { registrationNumber: d.registrationNumber.trim() } : {}),
    estimatedAnnualRevenueUsd: d.estimatedAnnualRevenueUsd, expectedMonthlyPaymentsUsd: Number(d.expectedMonthlyPaymentsUsd),
    sourceOfFundsDescription: d.sourceOfFundsDescription, operatesInProhibitedCountries: yes(d.operatesInProhibitedCountries),
    highRiskActivities: d.highRiskActivities, transmitsCustomerFunds: yes(d.transmitsCustomerFunds),
    transmitsCustomerFundsDescription: yes(d.transmitsCustomerFunds) ? d.transmitsCustomerFundsDescription.trim() : null,
    thirdParty: yes(d.thirdParty), thirdPartyMessage: yes(d.thirdParty) ? d.thirdPartyMessage.trim() : null,
  };
}

/** The owners list with the draft in place of its stored entry (or added), as the rules must see it. */
export function ownersWith(ubos: readonly TUboView[], d: TOwnerDraft): { list: TOwnershipEntry[]; index: number } {
  const share = d.ownershipPercentage.trim() === "" ? null : Number(d.ownershipPercentage);
  const entry = { ownershipPercentage: share, isControlPerson: d.isControlPerson };
  const index = d.id ? ubos.findIndex((u) => u.id === d.id) : ubos.length;
  const list: TOwnershipEntry[] = ubos.map((u) => ({ ownershipPercentage: u.ownershipPercentage, isControlPerson: u.isControlPerson }));
  list.splice(index, d.id ? 1 : 0, entry);
  return { list, index };
}

/**
 * One owner, checked as it is typed: the person's fields, and core's ownership
 * rules on the list with this draft in it, so "over 100 %" or "below 25 % and not
 * a control person" shows next to the share at once (issue 5).
 */
export function checkOwner(d: TOwnerDraft, ubos: readonly TUboView[], context: { threshold: number; today: TDateParts }): TIssues {
  const stored = ubos.find((u) => u.id === d.id);
  const issues: TFieldIssue[] = [];
  if (!d.firstName.trim()) issues.push(required("firstName"));
  if (!d.lastName.trim()) issues.push(required("lastName"));
  const dob = dobIssue(d, { today: context.today, onFile: stored?.dob?.provided === true });
  if (dob) issues.push(dob);
  if (d.address.country === "USA" ? (d.ssn ? !isValidSsn(d.ssn.trim()) : !stored?.ssn?.provided) : false) issues.push(issue("ssn", "invalid_ssn", "Enter a valid SSN, e.g. 123-45-6789."));
  if (d.address.country && d.address.country !== "USA" && !d.idNumber.trim() && !stored?.idNumber?.provided) issues.push(required("idNumber"));
  issues.push(...checkContact(d));
  const share = Number(d.ownershipPercentage);
  if (d.ownershipPercentage.trim() === "" || !Number.isFinite(share) || share < 0 || share > 100) {
    issues.push(issue("ownershipPercentage", "invalid_percentage", "Enter a share between 0 and 100 %."));
  } else {
    const { list, index } = ownersWith(ubos, d);
    for (const found of checkOwnership(list, { threshold: context.threshold })) {
      if (found.code === "ownership_exceeds_100" || found.path === `ubos.${index}.ownershipPercentage`) issues.push({ ...found, path: "ownershipPercentage" });
    }
  }
  return byPath(issues);
}

/** An owner's fields as the API takes them; masked values only when typed again. */
export function ownerPayload(d: TOwnerDraft): Record<string, unknown> {
  const dob = dobParts(d);
  const us = d.address.country === "USA";
  return {
    firstName: d.firstName.trim(), lastName: d.lastName.trim(), email: d.email.trim(), phoneNumber: d.phoneNumber.trim() ? normalizePhone(d.phoneNumber) : null,
    address: addressInput(d.address), ownershipPercentage: Number(d.ownershipPercentage), isControlPerson: d.isControlPerson,
    ...(dob ? { dob } : {}),
    ...(us && d.ssn.trim() ? { ssn: d.ssn.trim() } : {}), ...(!us && d.idNumber.trim() ? { idNumber: d.idNumber.trim() } : {}),
  };
}

/**
 * The list as a whole before continuing: at least one owner, the total, a control
 * person, nobody listed below the threshold without control, and the attestation.
 * Paths: `ubos` (empty, total), `ubos.controlPerson`, `ubos.<uboId>.ownershipPercentage`, `ubos.attestation`
 * (the requirement paths, so the server's 422 lands on the same spots).
 */
export function checkOwnersList(ubos: readonly TUboView[], attested: boolean, threshold: number): TIssues {
  const issues = checkOwnership(ubos, { threshold }).map((found) => {
    const index = /^ubos\.(\d+)\./.exec(found.path)?.[1];
    if (found.code === "control_person_required") return { ...found, path: "ubos.controlPerson" };
    return index === undefined ? found : { ...found, path: `ubos.${ubos[Number(index)]!.id}.ownershipPercentage` };
  });
  if (!attested) issues.push(issue("ubos.attestation", "attestation_required", "Confirm that every person who owns 25 % or more is listed."));
  return byPath(issues);
}
