import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ZKycStatus } from "../../core/protocol";
import { ZBusinessType, ZEstimatedAnnualRevenueUsd, ZHighRiskActivity, ZSourceOfFundsDescription } from "../../core/customer/enums";
import en from "../../widget/i18n/locales/en";
import { LOCALE_LOADERS } from "../../widget/i18n/locale-loaders";
import { STEP_ORDER } from "../../widget/app/models/steps";

const root = resolve(import.meta.dirname, "../..");
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** `{ a: { b: "x" } }` → `{ "a.b": "x" }`. */
function flatten(tree: Record<string, unknown>, prefix = ""): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((flat, [key, value]) => {
    const path = prefix + key;
    return typeof value === "string" ? { ...flat, [path]: value } : { ...flat, ...flatten(value as Record<string, unknown>, path + ".") };
  }, {});
}
const baseKey = (key: string) => key.replace(PLURAL, "");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Keys the source names literally: `t("…")`, `i18n.t("…")`, `announce("…")`. */
function literalKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of sources(join(root, "widget/app"))) {
    // In the business steps `t` is either the app's or theirs (steps/business/strings.ts), which
    // prefixes `business.`: such a key is recorded as "key|business.key", either one may exist.
    const business = file.includes("/steps/business/");
    for (const match of readFileSync(file, "utf8").matchAll(/\b(?:t|announce)\(\s*"([A-Za-z0-9_.]*[A-Za-z0-9_])"/g)) keys.add(business ? `${match[1]}|business.${match[1]}` : match[1]!);
  }
  return keys;
}

/**
 * Keys built at run time from a known set of values (`t("steps." + step)`), each
 * family with the values it can take, so "unused" stays checkable for them too.
 */
const DYNAMIC: Record<string, readonly string[]> = {
  steps: STEP_ORDER,
  status: ZKycStatus.options,
  stepper: ["done", "current", "todo"],
  documents: ["identityDocumentFront", "identityDocumentBack", "proofOfAddressDocument"],
  // The business steps (steps/business/**, `t` there prefixes `business.`): the option labels of CompanyStep's
  // enums, the company documents of models/business-steps.ts and the codes of strings.ts' BUSINESS_CODES.
  "business.businessType": ZBusinessType.options,
  "business.revenue": ZEstimatedAnnualRevenueUsd.options,
  "business.source": ZSourceOfFundsDescription.options,
  "business.activity": ZHighRiskActivity.options,
  "business.documents": ["incorporationDocument", "shareholderDocument", "statementOfFunds"],
  "business.errors": [
    "ownership_exceeds_100", "below_ownership_threshold", "control_person_required", "ubo_required", "attestation_required",
    "document_required", "invalid_ein", "invalid_percentage", "invalid_amount",
  ],
};
const isDynamic = (key: string) => {
  // errors.<code>: any stable code from core or the server may arrive (issueText, fail()).
  if (key.split(".")[0] === "errors") return true;
  // A family may itself be a path ("business.revenue"): the key is dynamic when some family prefixes it with one of its values.
  return Object.entries(DYNAMIC).some(([family, values]) => key.startsWith(family + ".") && values.includes(key.slice(family.length + 1)));
};

/** The plural forms a language uses for whole numbers 0–200 (CLDR, through Intl). */
const pluralForms = (locale: string) => new Set(Array.from({ length: 201 }, (_, n) => new Intl.PluralRules(locale).select(n)));

describe("translations", () => {
  const english = flatten(en);
  const englishBases = new Set(Object.keys(english).map(baseKey));

  it("every key the source uses exists in English", () => {
    const missing = [...literalKeys()].filter((key) => !key.split("|").some((k) => englishBases.has(k)));
    expect(missing).toEqual([]);
  });

  it("every English key is used by the source", () => {
    const used = new Set([...literalKeys()].flatMap((key) => key.split("|")));
    const unused = [...englishBases].filter((key) => !used.has(key) && !isDynamic(key));
    expect(unused).toEqual([]);
  });

  it.each(Object.keys(LOCALE_LOADERS))("%s has every key, no extra ones, the placeholders and the plural forms it needs", async (locale) => {
    const strings = flatten((await LOCALE_LOADERS[locale]!()).default as Record<string, unknown>);
    const bases = new Set(Object.keys(strings).map(baseKey));
    expect([...englishBases].filter((key) => !bases.has(key)), "missing").toEqual([]);
    expect([...bases].filter((key) => !englishBases.has(key)), "unknown").toEqual([]);
    for (const [key, value] of Object.entries(strings)) {
      expect(value.trim(), key).not.toBe("");
      const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
      const source = english[key] ?? english[baseKey(key) + "_other"];
      // A plural form may spell the number out ("حقلين"), so only the _other form must keep {{count}}.
      if (!PLURAL.test(key) || key.endsWith("_other")) expect(placeholders(value), key).toEqual(placeholders(source!));
    }
    for (const base of [...englishBases].filter((key) => english[key + "_other"])) {
      for (const form of pluralForms(locale)) expect(strings[`${base}_${form}`], `${base}_${form}`).toBeTruthy();
    }
    // Not a copy of English: at most the strings that are the same in every language (codes, "{{name}} ({{code}})").
    const same = Object.keys(strings).filter((key) => strings[key] === english[key] && !/\{\{|SSN|^\(|JPG/.test(english[key]!));
    expect(same.length, same.join(", ")).toBeLessThanOrEqual(3);
  });
});
