/**
 * zod/mini schemas of every message, one per type, grouped by direction.
 * Payloads carry ids, counts and statuses only, never PII: the host page
 * may run third-party scripts that read every callback (REFERENCES.md,
 * "what a host-page XSS can do").
 * Each direction has its own module, so a receiver bundles only what it accepts.
 */
import * as z from "zod/mini";
import { CHILD_EVENTS } from "./child-events";
import { HOST_MESSAGES } from "./host-messages";
import type { TKycStatus } from "../customer/enums";

/** kyc statuses: the one definition in core/customer (seed 004). */
export { ZKycStatus } from "../customer/enums";
export { ZExitReason, ZHello, ZChildEvent, type TExitReason, type TChildEvent, type TChildPayload } from "./child-events";
export { ZTheme, ZStrings, ZHostMessage, type TTheme, type TStrings, type THostMessage, type THostPayload } from "./host-messages";

/** Any message of the protocol. */
export const ZMessage = z.discriminatedUnion("type", [...CHILD_EVENTS, ...HOST_MESSAGES]);

export type { TKycStatus };
export type TMessage = z.infer<typeof ZMessage>;
