import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/** Resolves a host name to all its addresses (dns.lookup's shape with `all: true`), injectable for tests. */
export type TResolveHost = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export const resolveWithDns: TResolveHost = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Why a URL is refused; `code` is the stable field code in the 422. */
export class WebhookUrlError extends Error {
  override readonly name = "WebhookUrlError";
  constructor(readonly code: "invalid_url" | "url_not_allowed" | "url_unresolvable", message: string) {
    super(message);
  }
}

/**
 * Cloud metadata services: refused even when private targets are allowed, since
 * they hand out credentials (AWS/GCP/Azure 169.254.169.254, AWS fd00:ec2::254,
 * Azure wireserver 168.63.129.16, Alibaba 100.100.100.200).
 */
const METADATA = new BlockList();
for (const ip of ["169.254.169.254", "168.63.129.16", "100.100.100.200"]) METADATA.addAddress(ip, "ipv4");
METADATA.addAddress("fd00:ec2::254", "ipv6");

/** Not the public internet (OWASP SSRF Prevention Cheat Sheet; RFC 6890 special-purpose registries). */
const NON_PUBLIC = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], // "this network", includes the unspecified 0.0.0.0 (reaches localhost on Linux)
  ["10.0.0.0", 8], ["172.16.0.0", 12], ["192.168.0.0", 16], // RFC 1918 private
  ["100.64.0.0", 10], // carrier-grade NAT, shared address space
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["192.0.0.0", 24], ["198.18.0.0", 15], // IETF protocol assignments, benchmarking
  ["224.0.0.0", 4], ["240.0.0.0", 4], // multicast, reserved and broadcast
] as const) NON_PUBLIC.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128], ["::1", 128], // unspecified, loopback
  ["fc00::", 7], // unique local (private)
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) NON_PUBLIC.addSubnet(net, bits, "ipv6");

/**
 * Why `address` may not be a webhook target, or null when it may. IPv6 forms that
 * embed an IPv4 address (mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::/96`) are judged
 * by that IPv4 address, so `::ffff:127.0.0.1` can't slip past.
 */
export function forbiddenAddressReason(address: string, allowPrivate: boolean): string | null {
  const embedded = embeddedIpv4(address);
  if (embedded) return forbiddenAddressReason(embedded, allowPrivate);
  const family = isIP(address) === 6 ? "ipv6" : "ipv4";
  if (METADATA.check(address, family)) return `${address} is a cloud metadata address`;
  if (!allowPrivate && NON_PUBLIC.check(address, family)) return `${address} is a loopback, private, link-local or reserved address`;
  return null;
}

function embeddedIpv4(address: string): string | null {
  const match = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (match) return match[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const [high, low] = [Number.parseInt(hex[1]!, 16), Number.parseInt(hex[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/**
 * Checks an endpoint URL: http or https, no credentials in it, and every address
 * its host resolves to is public (unless `allowPrivate`, the development setting
 * ONBOARDING_WEBHOOK_ALLOW_PRIVATE). Run when an endpoint is saved and again
 * before every attempt, because DNS answers change. Returns the parsed URL.
 *
 * @example await checkWebhookUrl("https://example.com/hook", { allowPrivate: false, resolve: resolveWithDns })
 */
export async function checkWebhookUrl(raw: string, opts: { allowPrivate: boolean; resolve: TResolveHost }): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookUrlError("invalid_url", "Give an absolute http:// or https:// URL.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new WebhookUrlError("invalid_url", `Only http:// and https:// URLs are allowed, got "${url.protocol}".`);
  if (url.username || url.password) throw new WebhookUrlError("invalid_url", "Remove the user name and password from the URL: deliveries are authenticated by their signature.");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // RFC 6761: "localhost" names are loopback whatever a resolver says.
  if (!opts.allowPrivate && /(^|\.)localhost\.?$/i.test(host)) throw new WebhookUrlError("url_not_allowed", `${host} is a loopback name; webhooks go to public addresses only.`);
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await opts.resolve(host)).map((a) => a.address);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) throw new WebhookUrlError("url_unresolvable", `The host ${host} could not be resolved.`);
  }
  for (const address of addresses) {
    const reason = forbiddenAddressReason(address, opts.allowPrivate);
    if (reason) throw new WebhookUrlError("url_not_allowed", `The URL's host resolves to ${reason}; webhooks go to public addresses only.`);
  }
  return url;
}
