import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, openTestDatabase, resetDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";
import { IDENTITY, mintSession } from "./widget-harness.ts";

/** Reads SSE blocks from a streaming response until `count` events arrived. */
async function readEvents(res: Response, count: number): Promise<Array<{ event: string; data: unknown }>> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: Array<{ event: string; data: unknown }> = [];
  let buffer = "";
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data) events.push({ event, data: JSON.parse(data) });
    }
  }
  await reader.cancel();
  return events;
}

describe.each(databaseKinds)("widget API: status events on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    api = createApiHarness(db);
  });
  afterAll(() => db.close());
  beforeEach(() => {
    api.setNow(new Date("2026-01-15T10:00:00.000Z"));
    return resetDatabase(db);
  });

  const open = (clientSecret: string) =>
    api.app.request("/v1/widget/events", { headers: { Authorization: `Bearer ${clientSecret}`, Accept: "text/event-stream" } });

  it("sends kyc and requirements at once, then again when they change", async () => {
    const { clientSecret, session } = await mintSession(api);
    const res = await open(clientSecret);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/event-stream/);
    const events = readEvents(res, 2);
    // A change made elsewhere (here the host's back end) reaches the open stream.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await api.call("POST", `/v1/customer/${session.customer}`, { body: IDENTITY });
    const [first, second] = await events;
    expect(first).toMatchObject({ event: "customer", data: { kyc: "incomplete", requirements: expect.arrayContaining(["firstName"]) } });
    expect(second!.event).toBe("customer");
    expect((second!.data as { requirements: string[] }).requirements).not.toContain("firstName");
  });

  it("ends with an expired event when the session expires", async () => {
    const { clientSecret } = await mintSession(api, { expiresInSeconds: 60 });
    const res = await open(clientSecret);
    const events = readEvents(res, 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    api.setNow(new Date("2026-01-15T10:05:00.000Z"));
    expect((await events).map((e) => e.event)).toEqual(["customer", "expired"]);
  });

  it("needs a client secret", async () => {
    const res = await api.app.request("/v1/widget/events");
    expect(res.status).toBe(401);
  });
});
