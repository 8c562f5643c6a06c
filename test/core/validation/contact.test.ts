import { describe, expect, it } from "vitest";
import { ZEmail } from "../../../core/validation/email.ts";
import { ZLookupKey } from "../../../core/validation/lookup-key.ts";
import { ZWebsite } from "../../../core/validation/website.ts";

describe("email", () => {
  it.each([
    ["johndoe123@gmail.com", "johndoe123@gmail.com"],
    ["  a.b+tag@sub.example.co.uk ", "a.b+tag@sub.example.co.uk"],
  ])("accepts %j as %j", (input, stored) => {
    expect(ZEmail.parse(input)).toBe(stored);
  });

  it.each(["plain", "a@b", "a @b.com", "a@b.com@c.com", "@example.com", `${"a".repeat(250)}@b.com`])(
    "refuses %j with invalid_email",
    (input) => {
      expect(ZEmail.safeParse(input).error?.issues[0]).toMatchObject({ params: { code: "invalid_email" } });
    },
  );
});

describe("lookup key", () => {
  it.each(["a", "order-123", "x".repeat(255), "Kund:Müller"])("accepts %j", (value) => {
    expect(ZLookupKey.safeParse(value).success).toBe(true);
  });

  it.each(["", "x".repeat(256), "tab\there", "new\nline", "nul\u0000"])("refuses %j", (value) => {
    expect(ZLookupKey.safeParse(value).error?.issues[0]).toMatchObject({ params: { code: "invalid_lookup_key" } });
  });
});

describe("website", () => {
  it.each(["https://www.example.com", "http://example.org/path?q=1"])("accepts %s", (value) => {
    expect(ZWebsite.safeParse(value).success).toBe(true);
  });

  it.each(["example.com", "javascript:alert(1)", "ftp://example.com", "https://localhost", `https://e.com/${"a".repeat(2048)}`])(
    "refuses %s",
    (value) => {
      expect(ZWebsite.safeParse(value).error?.issues[0]).toMatchObject({ params: { code: "invalid_website" } });
    },
  );
});
