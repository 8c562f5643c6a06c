import { useEffect, useRef } from "preact/hooks";
import { useApp } from "./context";

/**
 * The step's heading. On a step change (not on first load, which would pull
 * focus into the iframe and scroll the host page) focus moves here, so
 * screen-reader and keyboard users start at the new step (WCAG 2.4.3 focus order).
 */
export function StepHeading({ children }: { children: string }) {
  const { model } = useApp();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (model.stepChanges.peek() > 0) ref.current?.focus();
  }, []);
  return <h2 ref={ref} tabIndex={-1} class="step-heading">{children}</h2>;
}
