/**
 * How the iframe app's lazy code is split into files (widget/build.ts). Every file is
 * fetched and gzipped on its own, and issue 7 sums them, so everything after the first
 * step ships as ONE file, `flow`: the individual's later steps (address rules, uploads,
 * the events stream, photo downscaling) and the business (KYB) steps alike. Measured
 * (widget/app/README.md, "Lazy chunks"): a dozen step chunks cost ~5 KB gzip more than
 * two files, and the two files (`flow`, `business`) 1.4 KB more than this one.
 * The first step (everything the entry imports statically) and the other locales stay as they are.
 * Rolldown may still split a shared chunk off app.js (it did when a lazy module made the handoff
 * model, importing @preact/signals): test/widget/bundle-budget.test.ts fails if app.js imports one.
 */
type TModuleInfo = { importedIds: string[] };
type TContext = { getModuleInfo(id: string): TModuleInfo | null };

const OTHER_LOCALE = /[\\/]i18n[\\/]locales[\\/](?!en)[^\\/]+$/;

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
  let initial: Set<string> | null = null;
  return (id: string, ctx: TContext): string | null => {
    initial ??= closure([entry], ctx);
    return initial.has(id) || OTHER_LOCALE.test(id) ? null : "flow";
  };
}
