import { randomBytes } from "node:crypto";
import type { TFieldCipher } from "../crypto/field-cipher.ts";
import type { Database } from "../db/database.ts";
import type { TLogger } from "../http/error-handler.ts";
import { claimDueDeliveries, finishAttempt, type TClaimedDelivery } from "./delivery-store.ts";
import { createGuardedFetch, type TWebhookFetch } from "./guarded-fetch.ts";
import { nextRetryAt } from "./retry-schedule.ts";
import { webhookHeaders } from "./signature.ts";
import { checkWebhookUrl, resolveWithDns, type TResolveHost } from "./ssrf-guard.ts";

/** Tunables, all with production defaults; tests and the crash test shorten them. */
export type TDispatcherOptions = {
  /** Allow loopback/private targets (development only: ONBOARDING_WEBHOOK_ALLOW_PRIVATE). */
  allowPrivateTargets?: boolean;
  /** How often to look for due deliveries when idle (ONBOARDING_WEBHOOK_POLL_MS, default 1 s). */
  pollMs?: number;
  /** Per-attempt timeout (ONBOARDING_WEBHOOK_TIMEOUT_MS, default 15 s, as Standard Webhooks suggests 15–30 s). */
  timeoutMs?: number;
  /** How long a claim lasts (ONBOARDING_WEBHOOK_LEASE_MS, default 60 s); longer than the timeout, so a live sender never loses its row. */
  leaseMs?: number;
  batchSize?: number;
  fetch?: TWebhookFetch;
  resolve?: TResolveHost;
  random?: () => number;
  /** Told after a 410 Gone disabled an endpoint (the outbox's endpoint directory). */
  onEndpointDisabled?: () => void;
};

export type TDispatcherDeps = TDispatcherOptions & { db: Database; cipher: TFieldCipher; clock: () => Date; log: TLogger };

/**
 * The outbox relay: claims due deliveries, signs and POSTs them, logs every
 * attempt and schedules retries. At least once and unordered (Standard
 * Webhooks): a crash between sending and recording re-sends after the lease.
 *
 * @example
 * const dispatcher = createWebhookDispatcher({ db, cipher, clock, log, allowPrivateTargets: false });
 * dispatcher.start(); … await dispatcher.stop();
 * await dispatcher.runOnce(); // tests: one claim-and-send round, no timers
 */
export function createWebhookDispatcher(deps: TDispatcherDeps) {
  const { db, cipher, clock, log } = deps;
  const allowPrivate = deps.allowPrivateTargets ?? false;
  const pollMs = deps.pollMs ?? 1000;
  const timeoutMs = deps.timeoutMs ?? 15_000;
  const leaseMs = Math.max(deps.leaseMs ?? 60_000, timeoutMs + 1000);
  const batchSize = deps.batchSize ?? 20;
  const send = deps.fetch ?? createGuardedFetch({ allowPrivate });
  const resolve = deps.resolve ?? resolveWithDns;
  const random = deps.random ?? Math.random;

  function secretsOf(claim: TClaimedDelivery, now: Date): string[] {
    const secrets = [cipher.decrypt(claim.secret, { record: claim.endpoint_id, field: "secret" })];
    if (claim.previous_secret && claim.previous_secret_expires_at && new Date(claim.previous_secret_expires_at) > now) {
      secrets.push(cipher.decrypt(claim.previous_secret, { record: claim.endpoint_id, field: "previousSecret" }));
    }
    return secrets;
  }

  async function attempt(claim: TClaimedDelivery, token: string): Promise<boolean> {
    const attemptedAt = clock();
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      // Checked again at send time: DNS may point elsewhere than when the endpoint was saved.
      await checkWebhookUrl(claim.url, { allowPrivate, resolve });
      const headers = webhookHeaders({ id: claim.event_id, timestampSeconds: Math.floor(attemptedAt.getTime() / 1000), body: claim.body, secrets: secretsOf(claim, attemptedAt) });
      const response = await send(claim.url, { method: "POST", headers, body: claim.body, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
      statusCode = response.status;
      await (response as Partial<Response>).body?.cancel().catch(() => undefined);
      error = describeStatus(statusCode);
    } catch (cause) {
      error = describeError(cause, timeoutMs);
    }
    const durationMs = Math.round(performance.now() - started);
    const delivered = statusCode !== null && statusCode >= 200 && statusCode < 300;
    const gone = statusCode === 410;
    const retryAt = delivered || gone ? null : nextRetryAt({ failedAttempts: claim.attempt, now: clock(), giveUpAt: new Date(claim.give_up_at), random });
    const status = delivered ? "delivered" : retryAt ? "pending" : "failed";
    await finishAttempt(db, { ...claim, token }, { statusCode, durationMs, error, nextRetryAt: retryAt, attemptedAt, status, disableEndpoint: gone });
    if (gone) deps.onEndpointDisabled?.();
    return delivered;
  }

  /** One round: claim due deliveries and attempt them all concurrently. */
  async function runOnce(): Promise<{ attempted: number; delivered: number }> {
    const now = clock();
    const token = randomBytes(12).toString("hex");
    const claimed = await claimDueDeliveries(db, { now, leaseUntil: new Date(now.getTime() + leaseMs), token, limit: batchSize });
    const results = await Promise.all(claimed.map((claim) => attempt(claim, token)));
    return { attempted: claimed.length, delivered: results.filter(Boolean).length };
  }

  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> | null = null;

  async function loop(): Promise<void> {
    let full = false;
    try {
      current = runOnce();
      full = ((await current) as { attempted: number }).attempted === batchSize;
    } catch (error) {
      log.error("webhook dispatcher round failed", error);
    } finally {
      current = null;
    }
    // A full batch means more may be due: go again at once instead of waiting a poll interval.
    if (running) timer = setTimeout(() => void loop(), full ? 0 : pollMs);
  }

  return {
    name: "webhook-dispatcher",
    runOnce,
    start(): void {
      if (running) return;
      running = true;
      timer = setTimeout(() => void loop(), 0);
    },
    /** Stops polling and waits for the round in progress (at most one timeout), so no attempt is cut off half-logged. */
    async stop(): Promise<void> {
      running = false;
      clearTimeout(timer);
      await current?.catch(() => undefined);
    },
  };
}

export type TWebhookDispatcher = ReturnType<typeof createWebhookDispatcher>;

function describeStatus(status: number): string | null {
  if (status >= 200 && status < 300) return null;
  if (status === 410) return "The receiver answered 410 Gone: the endpoint is now disabled.";
  if (status >= 300 && status < 400) return `The receiver answered ${status}: redirects are not followed, answer 2xx at the endpoint URL.`;
  return `The receiver answered ${status}.`;
}

function describeError(cause: unknown, timeoutMs: number): string {
  const error = cause as { name?: string; code?: string; message?: string };
  if (error?.name === "TimeoutError" || error?.name === "AbortError") return `No answer within ${timeoutMs / 1000} s.`;
  if (error?.name === "WebhookUrlError") return `Refused: ${error.message}`;
  return `Could not deliver: ${error?.code ? `${error.code} ` : ""}${error?.message ?? String(cause)}`.slice(0, 500);
}
