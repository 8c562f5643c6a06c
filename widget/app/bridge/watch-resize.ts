import type { TBridge } from "./child-bridge";

/**
 * Reports the content height to the host (`resize`) whenever it changes, so the
 * iframe never scrolls inside the page (onfido #1547: iframe height on mobile).
 * Returns the cleanup.
 */
export function watchResize(element: HTMLElement, bridge: TBridge): () => void {
  if (typeof ResizeObserver === "undefined") return () => undefined;
  let last = -1;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    bridge.emit("resize", { height });
  });
  observer.observe(element);
  return () => observer.disconnect();
}
