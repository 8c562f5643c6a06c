/**
 * Delay before each retry, by number of failed attempts so far: Standard
 * Webhooks' suggested schedule (immediately, 5 s, 5 min, 30 min, 2 h, 5 h,
 * 10 h, 10 h, …), the last step repeating until {@link GIVE_UP_AFTER_MS}.
 */
export const RETRY_DELAYS_MS = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000, 10 * 3_600_000] as const;

/** About 3 days, as Stripe and Svix: after that a delivery is `failed` (12 attempts over ~67.5 h with the schedule above). */
export const GIVE_UP_AFTER_MS = 72 * 3_600_000;

/** ±10 %: spreads retries of many deliveries that failed together (a receiver outage) so they don't return as one burst. */
const JITTER = 0.1;

/**
 * When to try again after `failedAttempts` failures, or null to give up: no retry
 * is scheduled past `giveUpAt` (creation + {@link GIVE_UP_AFTER_MS}).
 *
 * @example nextRetryAt({ failedAttempts: 1, now, giveUpAt, random: () => 0.5 }) // now + 5 s
 */
export function nextRetryAt(input: { failedAttempts: number; now: Date; giveUpAt: Date; random: () => number }): Date | null {
  const index = Math.min(Math.max(input.failedAttempts, 1), RETRY_DELAYS_MS.length) - 1;
  const base = RETRY_DELAYS_MS[index]!;
  const delay = Math.round(base * (1 - JITTER + 2 * JITTER * input.random()));
  const at = new Date(input.now.getTime() + delay);
  return at.getTime() > input.giveUpAt.getTime() ? null : at;
}
