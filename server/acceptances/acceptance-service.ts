import { DISCLAIMERS, TOS_DISCLAIMER, disclaimerByVersion, type TTermsKind } from "../../core/terms/tos-disclaimer.ts";
import type { TCustomerRecord } from "../../core/customer/customer-record.ts";
import type { TChangeOptions, TClientInfo, TCustomerService, TInputHandler } from "../customers/customer-service.ts";
import type { Queryable } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";

/** One recorded acceptance: what text (by version) was accepted, when, from where, by whom. */
export type TAcceptance = {
  kind: TTermsKind;
  disclaimerVersion: string;
  disclaimerText: string;
  ip: string | null;
  userAgent: string | null;
  actor: string;
  accepted: string;
};

export type TAcceptInput = { customerId: string; kind: TTermsKind; disclaimerVersion: string; ip: string | null; userAgent: string | null; actor?: string };

type TRow = { kind: TTermsKind; disclaimer_version: string; disclaimer_text: string; ip: string | null; user_agent: string | null; actor: string; accepted_at: string };

/**
 * Terms acceptances (issue 3): `tos`, `msa`, `euAccountTos` move
 * `incomplete → approved` when accepted, and each acceptance keeps a row with the
 * timestamp, IP, user agent and the exact disclaimer text and version shown.
 * Accepting terms already approved changes nothing and keeps the first record.
 */
export function createAcceptanceService({ customers, clock }: { customers: TCustomerService; clock: () => Date }) {
  /** Sets the status and writes the row, on a record being changed in `tx`. */
  async function acceptOn(tx: Queryable, record: TCustomerRecord, kind: TTermsKind, version: string, client: TClientInfo): Promise<TCustomerRecord> {
    const disclaimer = disclaimerByVersion(kind, version);
    if (!disclaimer) {
      throw new ApiError(422, "invalid_disclaimer_version", `Unknown ${kind} disclaimer version "${version}": show and send the current one (${DISCLAIMERS[kind].version}).`);
    }
    if (record[kind] === "approved") return record;
    await tx.query(
      `insert into acceptances (customer_id, kind, disclaimer_version, disclaimer_text, ip, user_agent, actor, accepted_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [record.id, kind, disclaimer.version, disclaimer.text, client.ip, client.userAgent, client.actor ?? "secret_key", clock().toISOString()],
    );
    return { ...record, [kind]: "approved" };
  }

  async function list(tx: Queryable, customerId: string): Promise<TAcceptance[]> {
    const { rows } = await tx.query<TRow>(
      `select kind, disclaimer_version, disclaimer_text, ip, user_agent, actor, accepted_at from acceptances where customer_id = $1 order by id`,
      [customerId],
    );
    return rows.map((r) => ({
      kind: r.kind, disclaimerVersion: r.disclaimer_version, disclaimerText: r.disclaimer_text,
      ip: r.ip, userAgent: r.user_agent, actor: r.actor, accepted: r.accepted_at,
    }));
  }

  return {
    /**
     * For the widget: the customer accepted `kind` as shown in `disclaimerVersion`.
     * Returns the acceptance on file (the first one, when accepted before).
     * @example await acceptances.accept(tx, { customerId, kind: "tos", disclaimerVersion: DISCLAIMERS.tos.version, ip, userAgent, actor: sessionId })
     */
    async accept(tx: Queryable, input: TAcceptInput, options: TChangeOptions = {}): Promise<TAcceptance> {
      const client = { ip: input.ip, userAgent: input.userAgent, actor: input.actor ?? "secret_key" };
      await customers.change(tx, input.customerId, (record) => acceptOn(tx, record, input.kind, input.disclaimerVersion, client), options);
      const found = (await list(tx, input.customerId)).find((a) => a.kind === input.kind);
      return found!;
    },

    list,

    /**
     * The customer service's input handler for seed 004's `tosAccepted`: accepted
     * only with `tosDisclaimer` equal to our sentence, word for word (422
     * `invalid_tos_disclaimer` otherwise), so the host can't claim acceptance of
     * terms it never showed. `tosAccepted: false` changes nothing (terms can't be un-accepted).
     */
    fromCustomerInput: (async (tx, { record, input, client }) => {
      if (input.tosAccepted !== true) return record;
      if (input.tosDisclaimer !== TOS_DISCLAIMER) {
        const message = `tosAccepted needs tosDisclaimer to be exactly: "${TOS_DISCLAIMER}"`;
        throw new ApiError(422, "invalid_tos_disclaimer", message, [{ path: "tosDisclaimer", code: "invalid_tos_disclaimer", message }]);
      }
      return acceptOn(tx, record, "tos", DISCLAIMERS.tos.version, client);
    }) satisfies TInputHandler,
  };
}

export type TAcceptanceService = ReturnType<typeof createAcceptanceService>;
