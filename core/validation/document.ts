import * as z from "zod/mini";
import { codedCheck } from "./coded-check.ts";

/**
 * Longest base64 document accepted inline in JSON: a 10 MB file (Stripe's
 * identity document limit) is 13.4 MB of base64; 14 MB leaves room for a
 * `data:…;base64,` prefix. The server decodes, sniffs and stores it.
 */
export const MAX_BASE64_DOCUMENT_LENGTH = 14 * 1024 * 1024;

/** A base64 document on input (seed 004 `identityDocumentFront`, …). Code `document_too_large`. */
export const ZBase64Document = z.string().check(
  z.minLength(1),
  codedCheck<string>("document_too_large", (value) =>
    value.length <= MAX_BASE64_DOCUMENT_LENGTH ? null : "The document is too large: upload a file of at most 10 MB.",
  ),
);
