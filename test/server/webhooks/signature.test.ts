import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { GIVE_UP_AFTER_MS, nextRetryAt, RETRY_DELAYS_MS } from "../../../server/webhooks/retry-schedule.ts";
import { generateWebhookSecret, webhookHeaders } from "../../../server/webhooks/signature.ts";
import { forbiddenAddressReason } from "../../../server/webhooks/ssrf-guard.ts";

describe("Standard Webhooks signatures", () => {
  it("verify with the standardwebhooks library, with one signature per secret", () => {
    const [current, previous] = [generateWebhookSecret(), generateWebhookSecret()];
    const body = JSON.stringify({ id: "evt_1", type: "customer.created", data: { n: "é" } });
    const headers = webhookHeaders({ id: "evt_1", timestampSeconds: Math.floor(Date.now() / 1000), body, secrets: [current, previous] });
    expect(headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(new Webhook(current).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(previous).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow("No matching signature");
    expect(() => new Webhook(current).verify(`${body} `, headers)).toThrow();
  });
});

describe("retry schedule", () => {
  const now = new Date("2026-01-15T10:00:00.000Z");
  const giveUpAt = new Date(now.getTime() + GIVE_UP_AFTER_MS);
  it("follows 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h … with ±10 % jitter", () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => nextRetryAt({ failedAttempts: n, now, giveUpAt, random: () => 0.5 })!.getTime() - now.getTime());
    expect(delays).toEqual([...RETRY_DELAYS_MS, 10 * 3_600_000]);
    expect(nextRetryAt({ failedAttempts: 1, now, giveUpAt, random: () => 0 })!.getTime() - now.getTime()).toBe(4_500);
    expect(nextRetryAt({ failedAttempts: 1, now, giveUpAt, random: () => 1 })!.getTime() - now.getTime()).toBe(5_500);
  });
  it("schedules nothing past the give-up time", () => {
    expect(nextRetryAt({ failedAttempts: 9, now: new Date(giveUpAt.getTime() - 3_600_000), giveUpAt, random: () => 0.5 })).toBeNull();
  });
});

describe("forbidden addresses", () => {
  it.each([
    ["127.0.0.1", true], ["10.0.0.1", true], ["172.31.255.255", true], ["172.32.0.1", false], ["192.168.0.1", true],
    ["169.254.169.254", true], ["100.64.0.1", true], ["0.0.0.0", true], ["::1", true], ["::", true], ["fc00::1", true],
    ["fe80::1", true], ["::ffff:10.0.0.1", true], ["::ffff:7f00:1", true], ["64:ff9b::127.0.0.1", true],
    ["93.184.215.14", false], ["2606:2800:220:1:248:1893:25c8:1946", false],
  ])("%s forbidden: %s", (address, forbidden) => {
    expect(forbiddenAddressReason(address, false) !== null).toBe(forbidden);
  });
  it("allows private targets in development, never metadata", () => {
    expect(forbiddenAddressReason("127.0.0.1", true)).toBeNull();
    expect(forbiddenAddressReason("169.254.169.254", true)).toMatch(/metadata/);
    expect(forbiddenAddressReason("::ffff:169.254.169.254", true)).toMatch(/metadata/);
  });
});
