import { describe, expect, it } from "vitest";
import { createEmptyCustomerRecord } from "../../../core/customer/customer-record.ts";
import { customerEventsFor, subscribesTo, summarizeCustomer } from "../../../core/webhooks/customer-events.ts";
import { ZWebhookEvent } from "../../../core/webhooks/events.ts";

const record = {
  ...createEmptyCustomerRecord({ id: `customer_${"a".repeat(32)}`, type: "individual", mock: false, now: "2026-01-15T10:00:00.000Z" }),
  firstName: "Jane", lastName: "Roe", email: "jane@example.com", ssn: "123456789", phoneNumber: "+14155550123",
};
const summary = summarizeCustomer(record, ["ssn", "tos"]);

describe("customer webhook events", () => {
  it("summarizes with statuses and requirements only: no PII", () => {
    expect(summary).toEqual({
      id: record.id, type: "individual", status: "active", kyc: "incomplete", tos: "incomplete", msa: "incomplete",
      euAccountTos: "incomplete", additionalReviewRequiredReason: null, isProhibitedBusinessType: null, requirements: ["ssn", "tos"],
      mock: false, deleted: false,
    });
    expect(JSON.stringify(summary)).not.toMatch(/Jane|Roe|jane@|123456789|4155550123/);
  });

  it("creates, deletes, and updates with kyc and requirements events only when those changed", () => {
    expect(customerEventsFor(null, summary).map((e) => e.type)).toEqual(["customer.created"]);
    expect(customerEventsFor(summary, null)).toEqual([{ type: "customer.deleted", data: { customer: { ...summary, deleted: true } } }]);
    expect(customerEventsFor(null, null)).toEqual([]);
    expect(customerEventsFor(summary, { ...summary })).toEqual([{ type: "customer.updated", data: { customer: summary, previous: {} } }]);

    const submitted = { ...summary, kyc: "pending" as const, requirements: [] };
    const events = customerEventsFor(summary, submitted);
    expect(events.map((e) => e.type)).toEqual(["customer.updated", "customer.kyc.updated", "customer.requirements.updated"]);
    expect(events[0]!.data.previous).toEqual({ kyc: "incomplete", requirements: ["ssn", "tos"] });
    const reordered = customerEventsFor(summary, { ...summary, requirements: ["tos", "ssn"] });
    expect(reordered.map((e) => e.type)).toContain("customer.requirements.updated");
  });

  it("tells a business's prohibited screening, and reads a summary stored without the flag as unscreened", () => {
    const screened = { ...summary, type: "business" as const, kyc: "rejected" as const, isProhibitedBusinessType: true };
    const [updated] = customerEventsFor({ ...summary, type: "business" }, screened);
    expect(updated!.data).toEqual({ customer: screened, previous: { kyc: "incomplete", isProhibitedBusinessType: null } });
    const { isProhibitedBusinessType: _, ...storedBefore } = summary;
    expect(customerEventsFor(storedBefore, summary)[0]!.data.previous).toEqual({});
  });

  it("produces bodies the shared schema accepts", () => {
    for (const draft of customerEventsFor(summary, { ...summary, tos: "approved", requirements: ["ssn"] })) {
      expect(ZWebhookEvent.safeParse({ id: "evt_1", timestamp: "2026-01-15T10:00:00.000Z", ...draft }).success).toBe(true);
    }
  });

  it("matches subscriptions by type or wildcard", () => {
    expect(subscribesTo(["*"], "customer.deleted")).toBe(true);
    expect(subscribesTo(["customer.created"], "customer.created")).toBe(true);
    expect(subscribesTo(["customer.created"], "customer.updated")).toBe(false);
  });
});
