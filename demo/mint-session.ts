/** What the demo's pages need from a session. */
export type TMintedSession = { clientSecret: string; url: string; customer: string; expiresAt: string };

export type TMintDeps = {
  /** Where this back end reaches the onboarding server (may differ from what browsers use). */
  apiUrl: string;
  secretKey: string;
  /** This host's own origin: the only origin the session lets frame the widget. */
  hostOrigin: string;
  fetch?: typeof fetch;
};

/**
 * What a host back end does: `POST /v1/onboarding/session` with its secret key,
 * for the customer it already has for this user, or for a new individual.
 * @example const session = await mintSession({ apiUrl, secretKey, hostOrigin }, customerIdFromYourUserRecord);
 */
export async function mintSession(deps: TMintDeps, customer: string | null): Promise<TMintedSession> {
  const request = (body: object) =>
    (deps.fetch ?? fetch)(`${deps.apiUrl.replace(/\/$/, "")}/v1/onboarding/session`, {
      method: "POST",
      headers: { Authorization: `Bearer ${deps.secretKey}`, "Content-Type": "application/json" },
      body: JSON.stringify({ ...body, allowedOrigins: [deps.hostOrigin], locale: "en" }),
    });
  let res = await request(customer ? { customer } : { type: "individual" });
  // The customer was erased (or belongs to another server): start a new one.
  if (res.status === 404 && customer) res = await request({ type: "individual" });
  const body = (await res.json()) as { ok: boolean; data: { clientSecret: string; session: { url: string; customer: string; expiresAt: string } }; error?: { message: string } };
  if (!body.ok) throw new Error(`the onboarding server refused the session: ${body.error?.message ?? res.status}`);
  const { clientSecret, session } = body.data;
  return { clientSecret, url: session.url, customer: session.customer, expiresAt: session.expiresAt };
}
