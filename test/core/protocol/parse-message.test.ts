import { describe, expect, it } from "vitest";
import { envelope, parseChildEvent, parseHostMessage, parseMessage } from "../../../core/protocol";

describe("parseMessage", () => {
  it.each([
    ["ready", {}],
    ["step", { id: "address", index: 1, total: 6 }],
    ["saved", { step: "identity" }],
    ["status", { kyc: "pending" }],
    ["complete", { kyc: "approved" }],
    ["exit", { reason: "user" }],
    ["error", { code: "network_error", message: "offline" }],
    ["resize", { height: 640 }],
    ["tokenExpired", {}],
    ["hello", {}],
    ["init", { locale: "en", theme: { colorPrimary: "#000" } }],
    ["refreshToken", { clientSecret: "cs_ses_ab_secret" }],
  ])("accepts a valid %s", (type, payload) => {
    expect(parseMessage(envelope(type, payload))).toEqual(envelope(type, payload));
  });

  it.each([
    ["not an object", "hello"],
    ["null", null],
    ["another channel", { channel: "other", v: 1, type: "ready", payload: {} }],
    ["a wrong version", { channel: "open-onboarding", v: 2, type: "ready", payload: {} }],
    ["an unknown type", envelope("steal", {})],
    ["a missing payload", { channel: "open-onboarding", v: 1, type: "ready" }],
    ["a bad payload", envelope("step", { id: "x", index: -1, total: 0 })],
    ["an unknown status", envelope("status", { kyc: "hacked" })],
  ])("returns null for %s", (_name, data) => {
    expect(parseMessage(data)).toBeNull();
  });

  it("strips unknown payload keys, so nothing extra passes through", () => {
    expect(parseMessage(envelope("saved", { step: "identity", ssn: "123-45-6789" }))).toEqual(envelope("saved", { step: "identity" }));
  });

  it("keeps directions apart", () => {
    expect(parseHostMessage(envelope("ready", {}))).toBeNull();
    expect(parseChildEvent(envelope("init", {}))).toBeNull();
    expect(parseHostMessage(envelope("update", { locale: "fr" }))?.type).toBe("update");
  });
});
