import { subdivisionsOf } from "../../core/validation/subdivisions";

/**
 * Names of the subdivisions core/validation/subdivisions.ts lists, as the
 * country itself writes them on an address (ISO 3166-2 names; Québec, not
 * Quebec; Bayern, not Bavaria). `Intl.DisplayNames` has no subdivisions, and an
 * address is written for the local post office in any UI language, so these are
 * not translated; the option shows the name with its code (`address.subdivisionOption`).
 * Each list is in the order of core's codes, which are not written again here (they
 * cost ~0.4 KB gzip of the lazy chunk); test/widget/subdivision-names.test.ts checks the
 * name of every code. Loaded with the address step only.
 */
const NAMES: Record<string, string> = {
  USA:
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|" +
    "Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|" +
    "Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|" +
    "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|" +
    "Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia|" +
    "American Samoa|Guam|Northern Mariana Islands|Puerto Rico|U.S. Minor Outlying Islands|U.S. Virgin Islands",
  CAN:
    "Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Nova Scotia|Northwest Territories|" +
    "Nunavut|Ontario|Prince Edward Island|Québec|Saskatchewan|Yukon",
  MEX:
    "Aguascalientes|Baja California|Baja California Sur|Campeche|Chiapas|Chihuahua|Ciudad de México|" +
    "Coahuila|Colima|Durango|Guanajuato|Guerrero|Hidalgo|Jalisco|Estado de México|Michoacán|" +
    "Morelos|Nayarit|Nuevo León|Oaxaca|Puebla|Querétaro|Quintana Roo|San Luis Potosí|Sinaloa|" +
    "Sonora|Tabasco|Tamaulipas|Tlaxcala|Veracruz|Yucatán|Zacatecas",
  BRA:
    "Acre|Alagoas|Amapá|Amazonas|Bahia|Ceará|Distrito Federal|Espírito Santo|Goiás|Maranhão|" +
    "Mato Grosso|Mato Grosso do Sul|Minas Gerais|Pará|Paraíba|Paraná|Pernambuco|Piauí|Rio de Janeiro|" +
    "Rio Grande do Norte|Rio Grande do Sul|Rondônia|Roraima|Santa Catarina|São Paulo|Sergipe|Tocantins",
  AUS: "Australian Capital Territory|New South Wales|Northern Territory|Queensland|South Australia|Tasmania|Victoria|Western Australia",
  DEU:
    "Baden-Württemberg|Bayern|Berlin|Brandenburg|Bremen|Hamburg|Hessen|Mecklenburg-Vorpommern|" +
    "Niedersachsen|Nordrhein-Westfalen|Rheinland-Pfalz|Saarland|Sachsen|Sachsen-Anhalt|Schleswig-Holstein|Thüringen",
};

const parsed = new Map<string, Map<string, string>>();

/** The local name of subdivision `code` of `country` (alpha-3), or null when we have none. */
export function subdivisionName(country: string, code: string): string | null {
  let table = parsed.get(country);
  if (!table) {
    const names = NAMES[country]?.split("|") ?? [];
    table = new Map((subdivisionsOf(country) ?? []).map((subdivision, i) => [subdivision, names[i]!]));
    parsed.set(country, table);
  }
  return table.get(code) ?? null;
}
