import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

/** One request the receiver got, with what each configured secret made of its signature. */
export type TReceived = {
  id: string;
  type: string;
  body: string;
  event: any;
  headers: IncomingHttpHeaders;
  /** The secrets (by index in `secrets`) whose verification passed. */
  verifiedBy: number[];
  answered: number;
};

/**
 * A webhook receiver on 127.0.0.1 (random port), as a host back end would run
 * one: it verifies EVERY request with the public `standardwebhooks` library
 * (`new Webhook(secret).verify(body, headers)`), records it, then answers with
 * the status `answer` picks (default 200), after `delayMs`.
 *
 * `now` is the time verification runs at: the library rejects timestamps more
 * than 5 minutes from its clock, and the API tests move their clock instead of
 * sleeping, so Date.now is set to it for the (synchronous) verify call only.
 */
export async function startReceiver(opts: { now?: () => Date } = {}) {
  const received: TReceived[] = [];
  const unverified: Array<{ body: string; errors: string[] }> = [];
  const state = {
    secrets: [] as string[],
    answer: (_event: any, _attempt: number): number => 200,
    delayMs: 0,
    now: opts.now ?? (() => new Date()),
  };

  const verify = (secret: string, body: string, headers: IncomingHttpHeaders) => {
    const realNow = Date.now;
    const at = state.now().getTime();
    Date.now = () => at;
    try {
      return new Webhook(secret).verify(body, headers as Record<string, string>);
    } finally {
      Date.now = realNow;
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const verifiedBy: number[] = [];
      const errors: string[] = [];
      state.secrets.forEach((secret, i) => {
        try {
          verify(secret, body, req.headers);
          verifiedBy.push(i);
        } catch (error) {
          errors.push(String(error));
        }
      });
      if (verifiedBy.length === 0) {
        unverified.push({ body, errors });
        res.writeHead(400).end();
        return;
      }
      const event = JSON.parse(body);
      const attempt = received.filter((r) => r.id === req.headers["webhook-id"]).length + 1;
      const answered = state.answer(event, attempt);
      received.push({ id: String(req.headers["webhook-id"]), type: event.type, body, event, headers: req.headers, verifiedBy, answered });
      setTimeout(() => res.writeHead(answered, { "content-type": "text/plain" }).end("ok"), state.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    received,
    /** Requests no configured secret could verify: must stay empty. */
    unverified,
    state,
    /** Distinct event ids received, by type. */
    typesOf: (customerId?: string) => received.filter((r) => !customerId || r.event.data.customer.id === customerId).map((r) => r.type),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export type TReceiver = Awaited<ReturnType<typeof startReceiver>>;
