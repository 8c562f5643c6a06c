import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { waitForHostEvent, widgetFrame } from "./host-page.ts";
import { useStackAndBrowser, type TStack } from "./stack.ts";

describe("switching language mid-flow in Chromium", () => {
  let stack: TStack;
  let browser: Browser;
  useStackAndBrowser((s, b) => ([stack, browser] = [s, b]));

  it("update({ locale }) through the loader re-renders in Arabic, mirrored, keeping what was typed", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${stack.demoUrl}/script-tag`);
    const frame = await widgetFrame(page, stack.serverUrl);
    await waitForHostEvent(page, "step", { id: "identity" });
    await frame.fill('[name="firstName"]', "Grace");
    await frame.fill('[name="email"]', "grace@example.com");
    await page.evaluate(() => (window as unknown as { demoWidget: { update(o: object): void } }).demoWidget.update({ locale: "ar", strings: { ar: { "app.title": "تحقّق مع Acme" } } }));
    await frame.getByRole("heading", { name: "معلوماتك" }).waitFor();
    await frame.getByRole("heading", { name: "تحقّق مع Acme" }).waitFor();
    expect(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
    expect(await frame.inputValue('[name="firstName"]')).toBe("Grace");
    expect(await frame.inputValue('[name="email"]')).toBe("grace@example.com");
    await page.evaluate(() => (window as unknown as { demoWidget: { update(o: object): void } }).demoWidget.update({ locale: "pt-BR", theme: { mode: "dark" } }));
    await frame.getByRole("heading", { name: "Sobre você" }).waitFor();
    expect(await frame.evaluate(() => [document.documentElement.dir, document.documentElement.dataset.theme])).toEqual(["ltr", "dark"]);
    expect(await frame.inputValue('[name="firstName"]')).toBe("Grace");
  });
});
