import * as z from "zod/mini";
import { withCode } from "../errors/field-issue.ts";

/**
 * ISO 3166-2 subdivision codes WITHOUT the country prefix (`CA`, not `US-CA`),
 * as seed 004 stores `state`, for the countries where a postal address names
 * its state/province. A country listed here requires a `state` from its list;
 * any other country accepts an optional free string (`ZState`).
 * Sources: ISO 3166-2:US (50 states, DC, 6 outlying areas), :CA, :MX (CMX since
 * 2016), :BR, :AU, :DE.
 */
const SUBDIVISIONS: Record<string, string> = {
  USA:
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA " +
    "RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR UM VI",
  CAN: "AB BC MB NB NL NS NT NU ON PE QC SK YT",
  MEX: "AGU BCN BCS CAM CHP CHH CMX COA COL DUR GUA GRO HID JAL MEX MIC MOR NAY NLE OAX PUE QUE ROO SLP SIN SON TAB TAM TLA VER YUC ZAC",
  BRA: "AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO",
  AUS: "ACT NSW NT QLD SA TAS VIC WA",
  DEU: "BW BY BE BB HB HH HE MV NI NW RP SL SN ST SH TH",
};

const TABLE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(SUBDIVISIONS).map(([country, codes]) => [country, new Set(codes.split(" "))]),
);

/** Whether addresses in `country` (alpha-3) must name a subdivision from our table. */
export function hasSubdivisions(country: string | null | undefined): boolean {
  return country != null && TABLE.has(country);
}

/** The subdivision codes of `country`, or `null` when it has no table. */
export function subdivisionsOf(country: string): readonly string[] | null {
  const codes = TABLE.get(country);
  return codes ? [...codes] : null;
}

/**
 * Whether `state` is acceptable for `country`: a code from the table where the
 * country has one, otherwise any value (free text is checked by `ZState`).
 * @example isValidState("USA", "CA") // true; isValidState("CAN", "CA") // false
 */
export function isValidState(country: string, state: string): boolean {
  const codes = TABLE.get(country);
  return codes === undefined || codes.has(state);
}

/**
 * The `state` field on input: ≤ 100 characters, trimmed. Whether it belongs to the
 * country is a cross-field rule (`checkCustomerRecord`, code `invalid_state`),
 * because country and state may arrive in different updates.
 */
export const ZState = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(100),
  z.refine((value) => !/[\p{Cc}]/u.test(value), withCode("invalid_state", "The state must not contain control characters.")),
);
