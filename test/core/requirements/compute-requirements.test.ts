import { describe, expect, it } from "vitest";
import type { TCustomerRecord } from "../../../core/customer/customer-record.ts";
import { computeRequirements } from "../../../core/requirements/compute-requirements.ts";
import type { TDocumentSummary } from "../../../core/requirements/document-types.ts";
import { recordFrom, SEED_INDIVIDUAL, US_BUSINESS, US_OWNER } from "../fixtures.ts";

const ADDRESS = ["address.line1", "address.city", "address.postalCode", "address.country"];
const IDENTITY_FRONT: TDocumentSummary = { type: "identityDocumentFront" };
const COMPANY_DOCUMENTS: TDocumentSummary[] = [
  { type: "incorporationDocument" },
  { type: "shareholderDocument" },
  { type: "statementOfFunds" },
];

function due(customer: TCustomerRecord, documents: TDocumentSummary[] = [], tos = false) {
  return computeRequirements({ customer, documents, acceptances: { tos } });
}

describe("computeRequirements: individual", () => {
  it.each([
    ["an empty customer", {}, ["firstName", "lastName", "email", "phoneNumber", "dob", ...ADDRESS, "customerIdentityDocument", "tos"]],
    ["seed 004's US individual", SEED_INDIVIDUAL, ["ssn", "customerIdentityDocument", "tos"]],
    ["a US individual with an SSN", { ...SEED_INDIVIDUAL, ssn: "123-45-6789" }, ["customerIdentityDocument", "tos"]],
    [
      "a German individual (no SSN, Land required)",
      { ...SEED_INDIVIDUAL, address: { line1: "Unter den Linden 1", city: "Berlin", postalCode: "10117", state: null, country: "DEU" } },
      ["address.state", "customerIdentityDocument", "tos"],
    ],
    [
      "a UK individual (no SSN, no state)",
      { ...SEED_INDIVIDUAL, address: { line1: "10 Downing St", city: "London", postalCode: "SW1A 2AA", state: null, country: "GBR" } },
      ["customerIdentityDocument", "tos"],
    ],
    ["a US individual without a state", { ...SEED_INDIVIDUAL, ssn: "123456789", address: { ...SEED_INDIVIDUAL.address, state: null } }, ["address.state", "customerIdentityDocument", "tos"]],
  ])("%s", (_label, input, expected) => {
    expect(due(recordFrom("individual", input)).requirements).toEqual(expected);
  });

  it("is satisfied by an identity document front and accepted terms, not by the back alone", () => {
    const customer = recordFrom("individual", { ...SEED_INDIVIDUAL, ssn: "123-45-6789" });
    expect(due(customer, [{ type: "identityDocumentBack" }]).requirements).toEqual(["customerIdentityDocument", "tos"]);
    expect(due(customer, [IDENTITY_FRONT], true)).toEqual({ requirements: [], ubos: {} });
  });

  it("asks for msa / euAccountTos only when they are asked of this customer and not accepted", () => {
    const customer = recordFrom("individual", { ...SEED_INDIVIDUAL, ssn: "123-45-6789" });
    const acceptances = { tos: true, msa: false, euAccountTos: true };
    expect(computeRequirements({ customer, documents: [IDENTITY_FRONT], acceptances }).requirements).toEqual(["msa"]);
  });

  it.each([
    ["proof_of_address", [IDENTITY_FRONT], ["proofOfAddressDocument"]],
    ["proof_of_address", [IDENTITY_FRONT, { type: "proofOfAddressDocument", created: "2025-06-01T00:00:00Z" }], ["proofOfAddressDocument"]],
    ["proof_of_address", [IDENTITY_FRONT, { type: "proofOfAddressDocument", created: "2025-06-20T00:00:00Z" }], []],
    ["identity_document_unreadable", [{ ...IDENTITY_FRONT, created: "2025-06-01T00:00:00Z" }], ["customerIdentityDocument"]],
    ["identity_document_unreadable", [{ ...IDENTITY_FRONT, created: "2025-06-20T00:00:00Z" }], []],
    ["sanctions_screening", [IDENTITY_FRONT], []],
  ] as const)("after a review for %s with documents %o asks for %o", (reason, documents, expected) => {
    const customer = { ...recordFrom("individual", { ...SEED_INDIVIDUAL, ssn: "123456789" }), additionalReviewRequiredReason: reason };
    const result = computeRequirements({ customer, documents: [...documents], acceptances: { tos: true }, reviewRequestedAt: "2025-06-10T00:00:00Z" });
    expect(result.requirements).toEqual(expected);
  });

  it.each(["approved", "rejected"] as const)("computes the list the same way for a %s or deactivated customer", (kyc) => {
    const customer = recordFrom("individual", SEED_INDIVIDUAL);
    expect(due({ ...customer, kyc, status: "deactivated" })).toEqual(due(customer));
  });
});

describe("computeRequirements: business", () => {
  const company = ["name", "email", "phoneNumber", "description", ...ADDRESS];
  const kyb = [
    "estimatedAnnualRevenueUsd", "expectedMonthlyPaymentsUsd", "sourceOfFundsDescription", "operatesInProhibitedCountries",
    "highRiskActivities", "transmitsCustomerFunds", "thirdParty",
  ];
  const closing = ["incorporationDocument", "shareholderDocument", "statementOfFunds", "tos"];

  it("an empty business needs its company, KYB answers, owners, documents and terms", () => {
    expect(due(recordFrom("business", {}))).toEqual({ requirements: [...company, ...kyb, "ubos", "ubos.controlPerson", "ubos.attestation", ...closing], ubos: {} });
  });

  it("a complete US business with 0 owners needs owners, a control person, documents and terms", () => {
    expect(due(recordFrom("business", US_BUSINESS)).requirements).toEqual(["ubos", "ubos.controlPerson", "ubos.attestation", ...closing]);
  });

  it.each([
    ["a non-US business needs a registration number instead of an EIN", { ein: null, address: { ...US_BUSINESS.address, country: "GBR", state: null, postalCode: "SW1A 1AA" } }, ["registrationNumber"]],
    ["a description of transmitted funds when it transmits them", { transmitsCustomerFunds: true }, ["transmitsCustomerFundsDescription"]],
    ["a third-party message when acting for a third party", { thirdParty: true }, ["thirdPartyMessage"]],
    ["an answer to high-risk activities (an empty list is no answer)", { highRiskActivities: [] }, ["highRiskActivities"]],
  ])("%s", (_label, change, expected) => {
    const customer = recordFrom("business", { ...US_BUSINESS, ...change, ubos: [US_OWNER], ownersAttestedComplete: true });
    const documents = [...COMPANY_DOCUMENTS, { type: "identityDocumentFront" as const, uboId: customer.ubos[0]?.id }];
    expect(due(customer, documents, true).requirements).toEqual(expected);
  });

  it("with 1 complete owner, needs only that owner's identity document (ubos.<id>.identityDocument)", () => {
    const customer = recordFrom("business", { ...US_BUSINESS, ubos: [US_OWNER], ownersAttestedComplete: true });
    const id = customer.ubos[0]?.id ?? "";
    expect(due(customer, COMPANY_DOCUMENTS, true)).toEqual({ requirements: [`ubos.${id}.identityDocument`], ubos: { [id]: ["identityDocument"] } });
    expect(due(customer, [...COMPANY_DOCUMENTS, { type: "identityDocumentFront", uboId: id }], true)).toEqual({ requirements: [], ubos: { [id]: [] } });
  });

  it("does not count the customer's own identity document for an owner", () => {
    const customer = recordFrom("business", { ...US_BUSINESS, ubos: [US_OWNER], ownersAttestedComplete: true });
    expect(due(customer, [...COMPANY_DOCUMENTS, IDENTITY_FRONT], true).requirements).toHaveLength(1);
  });

  it("with 4 owners, lists each owner's missing fields under ubos.<id>., in list order", () => {
    const customer = recordFrom("business", {
      ...US_BUSINESS,
      ownersAttestedComplete: true,
      ubos: [
        { ...US_OWNER, isControlPerson: false, ownershipPercentage: 25 },
        { ...US_OWNER, ssn: null, isControlPerson: false, ownershipPercentage: 25 },
        { firstName: "Grace", address: { country: "DEU" }, ownershipPercentage: 25 },
        { ...US_OWNER, firstName: null, email: null, isControlPerson: false, ownershipPercentage: 25, address: { ...US_OWNER.address, state: null } },
      ],
    });
    const [a, b, c, d] = customer.ubos.map((ubo) => ubo.id);
    const documents = [...COMPANY_DOCUMENTS, ...[a, b, c, d].map((uboId) => ({ type: "identityDocumentFront" as const, uboId }))];
    const result = due(customer, documents, true);
    expect(result.ubos).toEqual({
      [a ?? ""]: [],
      [b ?? ""]: ["ssn"],
      [c ?? ""]: ["lastName", "email", "dob", "idNumber", "address.line1", "address.city", "address.state", "address.postalCode"],
      [d ?? ""]: ["firstName", "email", "address.state"],
    });
    expect(result.requirements).toEqual([
      "ubos.controlPerson",
      `ubos.${b}.ssn`,
      ...["lastName", "email", "dob", "idNumber", "address.line1", "address.city", "address.state", "address.postalCode"].map((path) => `ubos.${c}.${path}`),
      `ubos.${d}.firstName`, `ubos.${d}.email`, `ubos.${d}.address.state`,
    ]);
  });

  it("an owner without a country needs the country before an SSN or id number", () => {
    const customer = recordFrom("business", { ...US_BUSINESS, ubos: [{ firstName: "Max" }] });
    expect(due(customer).ubos[customer.ubos[0]?.id ?? ""]).toEqual([
      "lastName", "email", "dob", "address.line1", "address.city", "address.postalCode", "address.country", "ownershipPercentage", "identityDocument",
    ]);
  });
});
