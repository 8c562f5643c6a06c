import { describe, expect, it } from "vitest";
import { annotatePureSchemas } from "../../widget/pure-schemas";

const PURE = "/* @__PURE__ */ ";

describe("pure zod schemas (widget build)", () => {
  it("marks top-level zod chains, exported or not, with .check() calls on them", () => {
    const code = [
      'import * as z from "zod/mini";',
      "const ZInner = z.string().check(z.trim(), z.maxLength(5));",
      'export const ZDob = z.strictObject({ day: z.int() }).check(z.refine((d) => d.day > 0, "bad"));',
    ].join("\n");
    const out = annotatePureSchemas(code);
    expect(out).toContain(`const ZInner = ${PURE}z.string()`);
    expect(out).toContain(`export const ZDob = ${PURE}z.strictObject(`);
  });

  it("finds the place after non-ASCII text (the parser counts UTF-16 units)", () => {
    const code = 'import * as z from "zod/mini";\nconst hint = "1–12 é 😀";\nexport const ZCode = z.string();';
    expect(annotatePureSchemas(code)).toContain(`export const ZCode = ${PURE}z.string();`);
  });

  it("leaves everything else alone: other calls, `let`, nested schemas, other namespaces, files without zod", () => {
    const code = [
      'import * as z from "zod/mini";',
      'import * as other from "./other";',
      'z.config({ jitless: true });',
      "let ZLet = z.string();",
      "const ZOther = other.string();",
      "const Z = codedCheck(z.string());",
      "function schema() { const ZLocal = z.string(); return ZLocal; }",
    ].join("\n");
    expect(annotatePureSchemas(code)).toBe(code);
    expect(annotatePureSchemas("export const ZText = make();")).toBe("export const ZText = make();");
  });
});
