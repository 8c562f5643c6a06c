import enBase from "./en-base";
import business from "./en-business";
import enFlow from "./en-flow";

/**
 * English: the source locale. Every user-visible string of the widget lives in
 * ./en-base.ts (what the first step carries), ./en-flow.ts and ./en-business.ts (both
 * loaded with the later steps' chunk, the business steps' own under `business`); other locales are one
 * file each (`es.ts`, `ar.ts`, …) with the same keys as this joined tree, registered in
 * ../locale-loaders.ts and loaded only when chosen.
 */
const en = { ...enBase, ...enFlow, errors: { ...enBase.errors, ...enFlow.errors }, business };

export default en;

/** The shape every locale file must have (a test checks that no key is missing). */
export type TResources = typeof en;
