import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { forbiddenAddressReason } from "./ssrf-guard.ts";

/** The part of `fetch` the dispatcher uses: POST a string, read the status; never follows redirects. */
export type TWebhookFetch = (url: string, init: { method: "POST"; headers: Record<string, string>; body: string; redirect: "manual"; signal: AbortSignal }) => Promise<{ status: number }>;

/**
 * A minimal `fetch` on node:http(s) whose DNS lookup refuses forbidden
 * addresses at connection time. Checking the URL before sending is not enough:
 * a host can resolve to a public address for the check and to 127.0.0.1 a
 * moment later for the connection (DNS rebinding); here the address checked is
 * the address connected to. Redirects are not followed (Standard Webhooks: a
 * 3xx is a failure), so a redirect can't lead to an internal address either.
 */
export function createGuardedFetch(opts: { allowPrivate: boolean }): TWebhookFetch {
  const lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const bad = addresses.map((a) => forbiddenAddressReason(a.address, opts.allowPrivate)).find((reason) => reason !== null);
      if (bad) return callback(Object.assign(new Error(`refused: ${bad}`), { code: "ERR_WEBHOOK_ADDRESS_NOT_ALLOWED" }), "", 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const [first] = addresses;
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "", 0);
      callback(null, first.address, first.family);
    });
  };

  return (url, init) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const send = target.protocol === "https:" ? httpsRequest : httpRequest;
      const req = send(target, { method: init.method, headers: { ...init.headers, "content-length": String(Buffer.byteLength(init.body)) }, lookup, signal: init.signal }, (res: IncomingMessage) => {
        // Only the status matters; drain the body so the socket is released.
        res.resume();
        resolve({ status: res.statusCode ?? 0 });
      });
      req.on("error", reject);
      req.end(init.body);
    });
}
