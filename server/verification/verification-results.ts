import type { Queryable } from "../db/database.ts";
import type { TVerificationResult } from "./verification-provider.ts";

/** A recorded decision (seed 003's `identity_details`): by the provider or by an operator. */
export type TVerificationRecord = TVerificationResult & {
  source: "provider" | "manual";
  provider: string | null;
  note: string | null;
  actor: string;
  created: string;
};

type TRow = {
  source: "provider" | "manual"; provider: string | null; decision: TVerificationResult["decision"]; reason: TVerificationResult["reason"];
  breakdown: TVerificationResult["breakdown"]; note: string | null; actor: string; created_at: string;
};

/** SQL for `verification_results`: every decision ever made about a customer, oldest first. */
export const verificationResults = {
  async insert(tx: Queryable, customerId: string, jobId: number | null, record: TVerificationRecord): Promise<void> {
    await tx.query(
      `insert into verification_results (customer_id, job_id, source, provider, decision, reason, breakdown, note, actor, created_at)
       values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10)`,
      [customerId, jobId, record.source, record.provider, record.decision, record.reason, JSON.stringify(record.breakdown), record.note, record.actor, record.created],
    );
  },

  async listOf(tx: Queryable, customerId: string): Promise<TVerificationRecord[]> {
    const { rows } = await tx.query<TRow>(
      `select source, provider, decision, reason, breakdown, note, actor, created_at from verification_results where customer_id = $1 order by id`,
      [customerId],
    );
    return rows.map((r) => ({
      source: r.source, provider: r.provider, decision: r.decision, reason: r.reason, breakdown: r.breakdown ?? {},
      note: r.note, actor: r.actor, created: r.created_at,
    }));
  },
};
