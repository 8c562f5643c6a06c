import * as z from "zod/mini";
import { codedCheck } from "./coded-check.ts";

/**
 * ISO 3166-1: every officially assigned country, as `alpha3:alpha2` pairs
 * (249 entries, ISO 3166 Maintenance Agency list). The API speaks alpha-3
 * (seed 004: "Three-letter country code"); alpha-2 is kept for libraries and
 * browser APIs (Intl.DisplayNames, libphonenumber) that speak alpha-2.
 */
const PAIRS =
  "AFG:AF ALA:AX ALB:AL DZA:DZ ASM:AS AND:AD AGO:AO AIA:AI ATA:AQ ATG:AG ARG:AR ARM:AM ABW:AW AUS:AU AUT:AT AZE:AZ " +
  "BHS:BS BHR:BH BGD:BD BRB:BB BLR:BY BEL:BE BLZ:BZ BEN:BJ BMU:BM BTN:BT BOL:BO BES:BQ BIH:BA BWA:BW BVT:BV BRA:BR " +
  "IOT:IO BRN:BN BGR:BG BFA:BF BDI:BI CPV:CV KHM:KH CMR:CM CAN:CA CYM:KY CAF:CF TCD:TD CHL:CL CHN:CN CXR:CX CCK:CC " +
  "COL:CO COM:KM COG:CG COD:CD COK:CK CRI:CR CIV:CI HRV:HR CUB:CU CUW:CW CYP:CY CZE:CZ DNK:DK DJI:DJ DMA:DM DOM:DO " +
  "ECU:EC EGY:EG SLV:SV GNQ:GQ ERI:ER EST:EE SWZ:SZ ETH:ET FLK:FK FRO:FO FJI:FJ FIN:FI FRA:FR GUF:GF PYF:PF ATF:TF " +
  "GAB:GA GMB:GM GEO:GE DEU:DE GHA:GH GIB:GI GRC:GR GRL:GL GRD:GD GLP:GP GUM:GU GTM:GT GGY:GG GIN:GN GNB:GW GUY:GY " +
  "HTI:HT HMD:HM VAT:VA HND:HN HKG:HK HUN:HU ISL:IS IND:IN IDN:ID IRN:IR IRQ:IQ IRL:IE IMN:IM ISR:IL ITA:IT JAM:JM " +
  "JPN:JP JEY:JE JOR:JO KAZ:KZ KEN:KE KIR:KI PRK:KP KOR:KR KWT:KW KGZ:KG LAO:LA LVA:LV LBN:LB LSO:LS LBR:LR LBY:LY " +
  "LIE:LI LTU:LT LUX:LU MAC:MO MDG:MG MWI:MW MYS:MY MDV:MV MLI:ML MLT:MT MHL:MH MTQ:MQ MRT:MR MUS:MU MYT:YT MEX:MX " +
  "FSM:FM MDA:MD MCO:MC MNG:MN MNE:ME MSR:MS MAR:MA MOZ:MZ MMR:MM NAM:NA NRU:NR NPL:NP NLD:NL NCL:NC NZL:NZ NIC:NI " +
  "NER:NE NGA:NG NIU:NU NFK:NF MKD:MK MNP:MP NOR:NO OMN:OM PAK:PK PLW:PW PSE:PS PAN:PA PNG:PG PRY:PY PER:PE PHL:PH " +
  "PCN:PN POL:PL PRT:PT PRI:PR QAT:QA REU:RE ROU:RO RUS:RU RWA:RW BLM:BL SHN:SH KNA:KN LCA:LC MAF:MF SPM:PM VCT:VC " +
  "WSM:WS SMR:SM STP:ST SAU:SA SEN:SN SRB:RS SYC:SC SLE:SL SGP:SG SXM:SX SVK:SK SVN:SI SLB:SB SOM:SO ZAF:ZA SGS:GS " +
  "SSD:SS ESP:ES LKA:LK SDN:SD SUR:SR SJM:SJ SWE:SE CHE:CH SYR:SY TWN:TW TJK:TJ TZA:TZ THA:TH TLS:TL TGO:TG TKL:TK " +
  "TON:TO TTO:TT TUN:TN TUR:TR TKM:TM TCA:TC TUV:TV UGA:UG UKR:UA ARE:AE GBR:GB USA:US UMI:UM URY:UY UZB:UZ VUT:VU " +
  "VEN:VE VNM:VN VGB:VG VIR:VI WLF:WF ESH:EH YEM:YE ZMB:ZM ZWE:ZW";

/** ISO 3166-1 alpha-3 → alpha-2. */
export const ALPHA3_TO_ALPHA2: ReadonlyMap<string, string> = new Map(
  PAIRS.split(" ").map((pair) => pair.split(":") as [string, string]),
);

/** Every ISO 3166-1 alpha-3 code, sorted. */
export const COUNTRY_CODES: readonly string[] = [...ALPHA3_TO_ALPHA2.keys()].sort();

/** Whether `value` is an assigned ISO 3166-1 alpha-3 code (upper case, as stored). */
export function isCountryCode(value: string): boolean {
  return ALPHA3_TO_ALPHA2.has(value);
}

/** The alpha-2 code for an alpha-3 code, or `null` when unknown. */
export function toAlpha2(alpha3: string): string | null {
  return ALPHA3_TO_ALPHA2.get(alpha3) ?? null;
}

const COUNTRY_MESSAGE = "Use a three-letter ISO 3166-1 alpha-3 country code, e.g. USA or DEU.";

/**
 * A country as ISO 3166-1 alpha-3 (`USA`, `DEU`). A refinement rather than an
 * enum, so a typo gets one short message instead of 249 listed values.
 * Code `invalid_country`.
 */
export const ZCountryCode = z.string().check(
  codedCheck<string>("invalid_country", (value) => (isCountryCode(value) ? null : COUNTRY_MESSAGE)),
);
