import fc from "fast-check";

/** Printable ASCII: what a header can carry (anything else fails in the client, not the server). */
export const headerText = (max = 80) => fc.stringMatching(new RegExp(`^[\\x20-\\x7e]{0,${max}}$`));

/** Values of every JSON type, with the awkward ones over-represented. */
const awkward = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, -0, "", " ", "null", "0", "__proto__", "constructor", "😀", "\u0000", "a".repeat(5000)),
  fc.string(), fc.integer(), fc.double(), fc.boolean(),
  fc.constantFrom("123-45-6789", "12-3456789", "000000000", "+14155550123", "x@y.z", "USA", "CA", "approved", "pending"),
);
export const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, awkward, fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 12 }), tie("value"), { maxKeys: 4 })),
})).value;

/** The fields the API knows, so generated bodies get past the "unknown field" check some of the time. */
const FIELDS = [
  "type", "firstName", "lastName", "name", "email", "phoneNumber", "ssn", "ein", "dob", "address", "website", "meta", "lookupKey",
  "ubos", "mock", "kyc", "id", "status", "tosAccepted", "tosDisclaimer", "identityDocumentFront", "file", "decision", "reason", "note",
  "url", "events", "description", "allowedOrigins", "customer", "locale", "expiresInSeconds", "tos", "oldSecretExpiresInSeconds", "__proto__",
];
const knownObject = fc.dictionary(fc.constantFrom(...FIELDS), jsonValue, { maxKeys: 6 });

/** A request body: a plausible object, any JSON, or text that isn't JSON at all. */
export const body = fc.oneof(
  { weight: 5, arbitrary: knownObject.map((o) => JSON.stringify(o)) },
  { weight: 2, arbitrary: jsonValue.map((v) => JSON.stringify(v) ?? "") },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom("", "{", "[]", "null", '{"a":1', "\u0000", '{"ssn":"536-22-8917"}') },
);

/** Headers a hostile client might send: odd content types, idempotency keys, If-Match, Origin. */
export const headers = fc.record(
  {
    "Content-Type": fc.oneof(fc.constantFrom("application/json", "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/merge-patch+json"), headerText(40)),
    "Idempotency-Key": fc.oneof(headerText(20), fc.constant("k".repeat(256)), fc.constant("")),
    "If-Match": fc.oneof(fc.constantFrom('"1"', '"999"', "*", "W/\"1\"", ""), headerText(20)),
    Origin: fc.constantFrom("https://host.example", "https://evil.example", "null"),
    "X-Forwarded-For": headerText(20),
  },
  { requiredKeys: [] },
);

/** A path segment: a real id some of the time, else anything, URL-encoded. */
export const segment = (real: string[]) => fc.oneof(fc.constantFrom(...real), fc.string({ maxLength: 40 }).map(encodeURIComponent), fc.constantFrom("..", "%2e%2e", "%00", "customer_", "a/b"));

/** A query string of known and unknown parameters with awkward values. */
export const query = fc
  .dictionary(fc.constantFrom("limit", "cursor", "type", "kyc", "status", "email", "lookupKey", "x", "limit[]"), fc.oneof(headerText(20), fc.constantFrom("0", "-1", "101", "1e3", "100", "abc")), { maxKeys: 4 })
  .map((q) => (Object.keys(q).length ? `?${new URLSearchParams(q)}` : ""));

/** SSN- and EIN-shaped strings a body carries: an answer must never echo them. */
export function secretsIn(text: string): string[] {
  return [...text.matchAll(/\d{3}-?\d{2}-?\d{4}|\d{2}-?\d{7}/g)].map((m) => m[0]);
}
