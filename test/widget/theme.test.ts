// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { ZHostMessage } from "../../core/protocol";
import { applyTheme } from "../../widget/app/theme";

describe("theme", () => {
  it("sets the palette inputs and shape variables through style.setProperty, and forces a mode", () => {
    const root = document.createElement("div");
    applyTheme(root, { colorPrimary: "#0b5fff", radius: "4px", fontFamily: "Inter, sans-serif", spacing: "12px", mode: "dark", dark: { colorPrimary: "#9ab8ff" } });
    expect(root.style.getPropertyValue("--oo-light-color-primary")).toBe("#0b5fff");
    expect(root.style.getPropertyValue("--oo-dark-color-primary")).toBe("#9ab8ff");
    expect(root.style.getPropertyValue("--oo-radius")).toBe("4px");
    expect(root.style.getPropertyValue("--oo-font-family")).toBe("Inter, sans-serif");
    expect(root.dataset.theme).toBe("dark");
    applyTheme(root, { mode: "auto" });
    expect(root.dataset.theme).toBeUndefined();
    // Merged: an update without colorPrimary keeps it.
    expect(root.style.getPropertyValue("--oo-light-color-primary")).toBe("#0b5fff");
  });

  it("refuses values that could fetch a URL or break out of the declaration", () => {
    const root = document.createElement("div");
    for (const value of ["url(https://evil.example/x)", "red; background: red", "image-set('a.png' 1x)", "}body{", "@import 'x'"]) {
      applyTheme(root, { colorBackground: value, fontFamily: value });
    }
    expect(root.getAttribute("style") ?? "").toBe("");
  });

  it("the protocol accepts documented options and refuses unknown shapes", () => {
    const init = (payload: unknown) => ZHostMessage.safeParse({ channel: "open-onboarding", v: 1, type: "init", payload }).success;
    expect(init({ locale: "ar", theme: { mode: "light", colorPrimary: "#000", dark: { colorText: "#fff" } }, strings: { en: { "app.title": "Verify with Acme" } } })).toBe(true);
    expect(init({ theme: { mode: "sepia" } })).toBe(false);
    expect(init({ strings: { en: { "not a key!": "x" } } })).toBe(false);
    expect(init({ strings: { en: Object.fromEntries(Array.from({ length: 501 }, (_, i) => ["k" + i, "x"])) } })).toBe(false);
  });
});
