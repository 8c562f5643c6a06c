import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Frame, Page } from "playwright-core";
import { waitForHostEvent } from "./host-page.ts";
import { PERSON } from "./onboarding-flow.ts";

const AXE = readFileSync(resolve(import.meta.dirname, "../../node_modules/axe-core/axe.min.js"), "utf8");
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

/** Screenshots for a person to review (gitignored), at phone and desktop size. */
const ARTIFACTS = resolve(import.meta.dirname, "../artifacts");
/** The size every accessibility walk runs at; `photograph` adds a phone's. */
export const DESKTOP = { width: 1280, height: 800 };
const VIEWPORTS = [{ width: 360, height: 640 }, DESKTOP];

/**
 * Photographs what the user sees first at each size, the widget's top in the viewport
 * (a full-page capture of a tall cross-origin frame leaves unpainted tiles), as
 * `test/artifacts/<name>-<width>x<height>.png`; leaves the page at desktop size.
 */
export async function photograph(page: Page, serverUrl: string, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(100); // the iframe height follows `resize`
    await page.$eval(`iframe[src^="${serverUrl}/embed/"]`, (el) => el.scrollIntoView({ block: "start" }));
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${viewport.width}x${viewport.height}.png`) });
  }
  await page.setViewportSize(DESKTOP);
}

export type TViolation = { id: string; impact: string | null; targets: string[] };

/**
 * axe-core's WCAG 2.0–2.2 A/AA rules inside the widget frame. The embed CSP allows
 * only `script-src 'self'`, so an inline <script> tag is (rightly) blocked; the
 * source is evaluated through the DevTools protocol instead, which CSP does not
 * govern, so the page keeps its real policy during the test.
 */
export async function axeViolations(frame: Frame): Promise<TViolation[]> {
  if (!(await frame.evaluate(() => "axe" in window))) await frame.evaluate(`${AXE};0`);
  return frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

/** Language-independent fillers (names and ids, not visible text): the same walk in every locale. */
export const FILL: Record<string, (frame: Frame) => Promise<void>> = {
  async identity(frame) {
    for (const [name, value] of [["firstName", PERSON.firstName], ["lastName", PERSON.lastName], ["dob.day", PERSON.day], ["dob.month", PERSON.month], ["dob.year", PERSON.year], ["email", PERSON.email], ["phoneNumber", PERSON.phone]]) {
      await frame.fill(`[name="${name}"]`, value!);
    }
  },
  async address(frame) {
    await frame.selectOption('[name="address.country"]', "USA");
    await frame.fill('[name="address.line1"]', "1 Main St");
    await frame.fill('[name="address.city"]', "San Francisco");
    await frame.selectOption('[name="address.state"]', "CA");
    await frame.fill('[name="address.postalCode"]', "94107");
    await frame.fill('[name="ssn"]', "123-45-6789");
  },
  async documents(frame) {
    const file = join(tmpdir(), "e2e-a11y-front.png");
    await writeFile(file, PNG);
    await frame.setInputFiles("#f-identityDocumentFront-file", file);
    await frame.waitForSelector('[data-field="identityDocumentFront"][data-upload="done"]');
  },
  async terms(frame) {
    await frame.check("#f-tos");
  },
  async review() {},
};

/** Submits the step on screen (its primary button, in any language) and waits for the host to hear the next one. */
export async function submitStep(page: Page, frame: Frame, next: string): Promise<void> {
  await frame.click("button[type=submit]");
  await waitForHostEvent(page, "step", { id: next });
}

export const STEPS = ["identity", "address", "documents", "terms", "review", "status"] as const;
