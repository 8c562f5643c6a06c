import type { Frame, Page } from "playwright-core";

/** One event as the demo host logged it (demo/public/event-log.js). */
export type THostEvent = { type: string; payload: Record<string, unknown>; origin: string; via: "loader" | "window"; accepted: boolean; at: number };

/** Every event the host page has received so far. */
export function hostEvents(page: Page): Promise<THostEvent[]> {
  return page.evaluate(() => (window as unknown as { hostEvents: THostEvent[] }).hostEvents.slice());
}

/** Waits until the host has accepted an event matching `type` (and optionally a payload field), returns it. */
export async function waitForHostEvent(page: Page, type: string, payload: Record<string, unknown> = {}, timeout = 20_000): Promise<THostEvent> {
  const handle = await page.waitForFunction(
    ({ type, payload }) =>
      // The page may still be loading: no log yet is "not yet", not an error.
      ((window as unknown as { hostEvents?: THostEvent[] }).hostEvents ?? []).find(
        (e) => e.accepted && e.type === type && Object.entries(payload).every(([k, v]) => e.payload?.[k] === v),
      ),
    { type, payload },
    { timeout },
  );
  return (await handle.jsonValue()) as THostEvent;
}

/** The widget's frame (the iframe served by the onboarding server). */
export async function widgetFrame(page: Page, serverUrl: string): Promise<Frame> {
  const element = await page.waitForSelector(`iframe[src^="${serverUrl}/embed/"]`);
  const frame = await element.contentFrame();
  if (!frame) throw new Error("the widget iframe has no frame");
  return frame;
}
