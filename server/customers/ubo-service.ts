import type { TUboInput } from "../../core/customer/ubo.ts";
import type { TFieldIssue } from "../../core/errors/field-issue.ts";
import type { Queryable } from "../db/database.ts";
import type { TDocumentStorage } from "../documents/document-storage.ts";
import { ApiError } from "../http/api-error.ts";
import type { TChangeOptions, TCustomerService } from "./customer-service.ts";
import type { TCustomerSnapshot } from "./customer-store.ts";

export type TUboServiceDeps = {
  customers: TCustomerService;
  /** Where document files live: an owner's files go with the owner. */
  storage?: TDocumentStorage;
};

/**
 * Beneficial owners as a sub-resource of a business (seed 000 "individuals of a
 * corporate customer", issue 5). Every change goes through the customer service,
 * so it is checked (ownership total ≤ 100 %), saved, settled and announced to
 * webhooks like any update. Field paths in errors are relative to the owner
 * (`ownershipPercentage`, `address.state`), as the body that was sent.
 */
export function createUboService({ customers, storage }: TUboServiceDeps) {
  /** Runs a customer write and rewrites its validation paths onto one owner's body. */
  async function asOwner<T>(index: () => number, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ApiError) || !error.fields) throw error;
      const fields = error.fields.map((field) => relativeIssue(field, index()));
      throw new ApiError(error.status, error.code, error.message.replace(/ubos\.\d+\./g, ""), fields, error.headers);
    }
  }

  return {
    /** Adds an owner; answers the customer and the new owner's id. 409 for an individual. */
    async create(tx: Queryable, customerId: string, input: TUboInput, ifMatch?: string, options: TChangeOptions = {}) {
      const current = await customers.retrieve(tx, customerId);
      if (current.record.type !== "business") {
        throw new ApiError(409, "customer_not_business", "Only a business has beneficial owners: set type to business first.");
      }
      const { id: _ignored, ...fields } = input;
      const snapshot = await asOwner(
        () => current.record.ubos.length,
        () => customers.update(tx, customerId, { ubos: [fields] }, ifMatch, options),
      );
      return { snapshot, uboId: snapshot.record.ubos.at(-1)!.id };
    },

    /** Updates one owner partially (`null` clears a field). 404 `ubo_not_found` for another id. */
    async update(tx: Queryable, customerId: string, uboId: string, input: TUboInput, ifMatch?: string, options: TChangeOptions = {}) {
      const current = await customers.retrieve(tx, customerId);
      const index = findIndex(current, uboId);
      return asOwner(() => index, () => customers.update(tx, customerId, { ubos: [{ ...input, id: uboId }] }, ifMatch, options));
    },

    /**
     * Removes an owner and its documents (rows now, files once committed: a rolled
     * back delete keeps both). The owners list changed, so the attestation is cleared.
     * Refused like an update for approved or deactivated customers.
     */
    async remove(tx: Queryable, customerId: string, uboId: string, ifMatch?: string, options: TChangeOptions = {}) {
      let files: string[] = [];
      const snapshot = await customers.change(
        tx,
        customerId,
        async (record) => {
          findIndex({ record }, uboId);
          const { rows } = await tx.query<{ storage_name: string }>(
            "delete from documents where customer_id = $1 and ubo_id = $2 returning storage_name",
            [customerId, uboId],
          );
          files = rows.map((row) => row.storage_name);
          return { ...record, ubos: record.ubos.filter((ubo) => ubo.id !== uboId), ownersAttestedComplete: null, ownersAttestedAt: null };
        },
        { ...options, ifMatch },
      );
      return { snapshot, removeFiles: () => removeFiles(storage, files) };
    },
  };
}

export type TUboService = ReturnType<typeof createUboService>;

/** 404 unless the customer has this owner. */
export function findIndex({ record }: Pick<TCustomerSnapshot, "record">, uboId: string): number {
  const index = record.ubos.findIndex((ubo) => ubo.id === uboId);
  if (index < 0) throw new ApiError(404, "ubo_not_found", `No beneficial owner with id ${uboId} on this customer.`);
  return index;
}

/** `ubos.2.address.state` → `address.state` for owner 2; the list-wide total → the share that made it. */
function relativeIssue(field: TFieldIssue, index: number): TFieldIssue {
  if (field.path === "ubos" && field.code === "ownership_exceeds_100") return { ...field, path: "ownershipPercentage" };
  const prefix = `ubos.${index}.`;
  if (field.path.startsWith(prefix)) return { ...field, path: field.path.slice(prefix.length) };
  if (field.path.startsWith("ubos.0.")) return { ...field, path: field.path.slice("ubos.0.".length) };
  return field;
}

/** Best effort after commit: a file left behind is unreachable (no row points to it). */
async function removeFiles(storage: TDocumentStorage | undefined, names: string[]): Promise<void> {
  if (!storage) return;
  await Promise.all(names.map((name) => storage.delete(name).catch(() => undefined)));
}
