/**
 * How the iframe app's lazy code is split into files (widget/build.ts). Every file is
 * fetched and gzipped on its own, so a dozen small step chunks cost more than the same
 * code in two files (issue 7 counts the sum: ~5 KB gzip more for the whole flow). All
 * later steps are preloaded together anyway (steps/index.ts), so they share one file:
 * - `flow`: every lazy module an individual's later steps (and address rules) reach
 * - `business`: what only the business (KYB) steps use, fetched once one is on screen
 * The first step (everything the entry imports statically) and the other locales stay as they are.
 * Rolldown may still split a shared chunk off app.js (it did when a lazy module made the handoff
 * model, importing @preact/signals): test/widget/bundle-budget.test.ts fails if app.js imports one.
 */
type TModuleInfo = { importedIds: string[]; dynamicallyImportedIds: string[] };
type TContext = { getModuleInfo(id: string): TModuleInfo | null };

const OTHER_LOCALE = /[\\/]i18n[\\/]locales[\\/](?!en)[^\\/]+$/;
const BUSINESS_STEP = /[\\/]steps[\\/]business[\\/]/;

/** Modules reachable from `roots` through static imports. */
function closure(roots: string[], ctx: TContext): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    ctx.getModuleInfo(id)?.importedIds.forEach(visit);
  };
  roots.forEach(visit);
  return seen;
}

/** A `codeSplitting.groups[].name` function for the app whose entry is `entry`. */
export function lazyChunkName(entry: string) {
  let plan: { initial: Set<string>; flow: Set<string> } | null = null;
  return (id: string, ctx: TContext): string | null => {
    if (!plan) {
      const initial = closure([entry], ctx);
      const lazyRoots = [...initial].flatMap((m) => ctx.getModuleInfo(m)?.dynamicallyImportedIds ?? []);
      const flowRoots = lazyRoots.filter((root) => !BUSINESS_STEP.test(root) && !OTHER_LOCALE.test(root));
      plan = { initial, flow: closure(flowRoots, ctx) };
    }
    if (plan.initial.has(id) || OTHER_LOCALE.test(id)) return null;
    return plan.flow.has(id) ? "flow" : "business";
  };
}
