// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "disableIframePageLoading": true } }
import { describe, expect, it, vi } from "vitest";

const SECRET = "cs_ses_0a1b2c_s3cr3t";

describe("loader global (IIFE entry)", () => {
  it("replays calls queued by the stub, mounts declarative elements, and is repeat-safe", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    document.body.innerHTML = `<div id="queued"></div><div id="decl" data-onboarding-client-secret="${SECRET}" data-onboarding-server="https://onboard.example"></div>`;
    // The documented stub snippet, as a host page would run it before the script loads.
    const q: unknown[] = [];
    (window as any).Onboarding = {
      q,
      mount(t: unknown, o: unknown) {
        const h: any = { c: [] };
        h.unmount = () => h.c.push(["unmount"]);
        h.update = (p: unknown) => h.c.push(["update", p]);
        q.push([t, o, h]);
        return h;
      },
    };
    const handle = (window as any).Onboarding.mount("#queued", { clientSecret: SECRET, serverUrl: "https://onboard.example" });
    await import("../../widget/loader/global");
    expect(document.querySelectorAll("#queued iframe")).toHaveLength(1);
    expect(document.querySelectorAll("#decl iframe")).toHaveLength(1);
    expect((window as any).Onboarding.version).toBe("1");

    // A second copy of the script does nothing.
    vi.resetModules();
    await import("../../widget/loader/global");
    expect(document.querySelectorAll("iframe")).toHaveLength(2);

    handle.unmount();
    expect(document.querySelectorAll("#queued iframe")).toHaveLength(0);
  });
});
