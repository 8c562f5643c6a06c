// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { createI18n } from "../../widget/i18n/create-i18n";
import { createLocaleChoice } from "../../widget/i18n/locale-choice";
import { newCustomer } from "./fakes";
import { renderOnboarding } from "./render-onboarding";

async function renderApp(locale = "en") {
  const i18n = createI18n(null);
  await i18n.setLocale(locale);
  return renderOnboarding(newCustomer(), { i18n, today: new Date(2025, 5, 1) });
}

describe("languages and right-to-left", () => {
  afterEach(cleanup);

  it("Arabic mirrors the page, labels every field in Arabic and keeps phone and email left-to-right", async () => {
    await renderApp("ar");
    await screen.findByRole("heading", { name: "معلوماتك" });
    expect(document.documentElement.dir).toBe("rtl");
    expect(document.documentElement.lang).toBe("ar");
    for (const label of ["الاسم الأول", "اسم العائلة", "اليوم", "الشهر", "السنة", "البريد الإلكتروني", "رقم الهاتف"]) expect(screen.getByLabelText(label)).toBeTruthy();
    expect(screen.getByLabelText("رقم الهاتف").getAttribute("dir")).toBe("ltr");
    expect(screen.getByLabelText("البريد الإلكتروني").getAttribute("dir")).toBe("ltr");
    expect(screen.getByLabelText("رقم الهاتف").getAttribute("autocomplete")).toBe("tel");
    expect(screen.getByLabelText("رقم الهاتف").getAttribute("inputmode")).toBe("tel");
    // Numbers go through Intl for the language (CLDR decides Latin or Arabic-Indic digits).
    const n = new Intl.NumberFormat("ar");
    expect(document.querySelector(".stepper-position")?.textContent).toBe(`الخطوة ${n.format(1)} من ${n.format(6)}`);
  });

  it("switching language mid-step keeps what was typed, and errors follow the language", async () => {
    const { i18n } = await renderApp("en");
    await screen.findByRole("heading", { name: "About you" });
    fireEvent.input(screen.getByLabelText("First name"), { target: { value: "Ada" } });
    fireEvent.input(screen.getByLabelText("Email"), { target: { value: "ada@" } });
    fireEvent.blur(screen.getByLabelText("Email"));
    await screen.findByText("Enter an email address like name@example.com.");
    await i18n.setLocale("fr");
    await screen.findByRole("heading", { name: "Vous" });
    expect((screen.getByLabelText("Prénom") as HTMLInputElement).value).toBe("Ada");
    expect(screen.getByText("Saisissez une adresse comme nom@exemple.fr.")).toBeTruthy();
    expect(document.documentElement.dir).toBe("ltr");
  });

  it("host strings override any key, also in a language loaded later", async () => {
    const { i18n } = await renderApp("en");
    i18n.setStrings({ en: { "app.title": "Verify with Acme" }, de: { "app.continue": "Los geht's" } });
    await screen.findByRole("heading", { name: "Verify with Acme" });
    await i18n.setLocale("de");
    await screen.findByRole("button", { name: "Los geht's" });
  });

  it("locale order: host option, else session, else the browser's first supported language", async () => {
    const i18n = createI18n(null);
    const choice = createLocaleChoice(i18n, ["ja-JP", "pt-PT", "en"]);
    await waitFor(() => expect(i18n.locale.value).toBe("pt-BR"));
    await choice.set("session", "es");
    expect(i18n.locale.value).toBe("es");
    await choice.set("host", "ar");
    expect(i18n.locale.value).toBe("ar");
    await choice.set("session", "de"); // a later session value does not beat the host
    expect(i18n.locale.value).toBe("ar");
    await choice.set("host", "xx"); // unsupported: falls through to the session
    expect(i18n.locale.value).toBe("de");
  });
});
