import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";

type TLoader = () => Promise<{ default: ComponentType }>;

/**
 * A step component loaded on first use (dynamic import → the lazy `flow` chunk), so
 * the first step stays small (issue 7 budgets). `preload()` warms the chunk
 * while the user is still typing, so the later step appears at once.
 * Hand-written instead of preact/compat's `lazy` + Suspense to keep compat out.
 */
export function lazyStep(load: TLoader, fallback: () => preact.JSX.Element) {
  let loaded: ComponentType | null = null;
  let pending: Promise<unknown> | null = null;
  const preload = () => (pending ??= load().then((module) => (loaded = module.default)));
  function LazyStep() {
    const [, setReady] = useState(Boolean(loaded));
    useEffect(() => {
      if (!loaded) void preload().then(() => setReady(true));
    }, []);
    const Step = loaded;
    return Step ? <Step /> : fallback();
  }
  return Object.assign(LazyStep, { preload });
}
