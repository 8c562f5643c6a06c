/**
 * What the page URL tells the app: `/embed/<sessionId>?mode=iframe#clientSecret=…&mode=loader`.
 * The secret rides in the fragment, which browsers never send to the server
 * (RFC 3986 §3.5), so it never lands in access logs or Referer headers. We leave
 * it in place (no replaceState): the host cannot read a cross-origin iframe's URL,
 * and a reload of the frame must still find it.
 */
export type TLaunchParams = {
  clientSecret: string;
  mode: "loader" | "iframe" | "auto";
  locale: string | null;
  /** Opened from a continue-on-phone link (`#…&handoff=1`): no further link is offered. */
  handoff: boolean;
};

/** Reads the launch parameters from the page location. */
export function readLaunchParams(location: Pick<Location, "hash" | "search">): TLaunchParams {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const query = new URLSearchParams(location.search);
  const mode = query.get("mode") === "iframe" ? "iframe" : fragment.get("mode") === "loader" ? "loader" : "auto";
  return { clientSecret: fragment.get("clientSecret") ?? "", mode, locale: query.get("locale") ?? fragment.get("locale"), handoff: fragment.get("handoff") === "1" };
}
