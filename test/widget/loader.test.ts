// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "disableIframePageLoading": true } }
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { mountWidget } from "../../widget/loader/mount";

const SERVER = "https://onboard.example";
const SECRET = "cs_ses_0a1b2c_s3cr3t-value";

function setup(extra: Record<string, unknown> = {}) {
  const target = document.createElement("div");
  document.body.appendChild(target);
  const calls: Array<[string, unknown]> = [];
  const options = {
    clientSecret: SECRET,
    serverUrl: SERVER,
    onReady: () => calls.push(["ready", null]),
    onStep: (step: unknown) => calls.push(["step", step]),
    onComplete: (result: unknown) => calls.push(["complete", result]),
    onError: (error: unknown) => calls.push(["error", error]),
    ...extra,
  };
  const handle = mountWidget(target, options as never, "https://default.example");
  const iframe = target.querySelector("iframe")!;
  // happy-dom does not load the page (disabled above): give the frame a stand-in window.
  if (iframe) Object.defineProperty(iframe, "contentWindow", { value: { postMessage: () => undefined } });
  return { target, calls, handle, iframe };
}

/** Posts a `hello` as if from `source` at `origin`; returns the port the loader transferred, if any. */
function hello(iframe: HTMLIFrameElement, source: unknown, origin: string): MessagePort | undefined {
  const post = vi.spyOn(iframe.contentWindow!, "postMessage").mockImplementation(() => undefined);
  window.dispatchEvent(new MessageEvent("message", { data: { channel: "open-onboarding", v: 1, type: "hello", payload: {} }, origin, source: source as Window }));
  const call = post.mock.calls[0] as unknown as [unknown, string, MessagePort[]] | undefined;
  if (call) expect(call[1]).toBe(SERVER); // exact targetOrigin, never "*"
  return call?.[2][0];
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("loader", () => {
  beforeEach(() => vi.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = "";
  });

  it("creates a titled iframe with camera permission, the session path and the secret in the fragment", () => {
    const { iframe } = setup();
    expect(iframe.title).toBeTruthy();
    expect(iframe.getAttribute("allow")).toBe("camera");
    expect(iframe.src).toBe(`${SERVER}/embed/ses_0a1b2c#clientSecret=${encodeURIComponent(SECRET)}&mode=loader`);
  });

  it.each([
    [{ clientSecret: 42 }, /clientSecret to be a string, got number/],
    [{ clientSecret: "sk_live_oops" }, /cs_ses_<hex>_<secret>/],
    [{ onStep: "nope" }, /onStep to be a function, got string/],
    [{ serverUrl: "ftp://x" }, /serverUrl/],
  ])("reports invalid options to onError without throwing (%j)", (bad, message) => {
    const errors: Array<{ code: string; message: string }> = [];
    const target = document.createElement("div");
    expect(() => mountWidget(target, { clientSecret: SECRET, ...bad, onError: (e: never) => errors.push(e) } as never, SERVER)).not.toThrow();
    expect(errors[0]?.code).toBe("invalid_options");
    expect(errors[0]?.message).toMatch(message);
    expect(target.querySelector("iframe")).toBeNull();
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/^\[onboarding\] invalid_options/));
  });

  it("never throws for a missing target or when onError itself throws", () => {
    expect(() => mountWidget("#missing", { clientSecret: SECRET, onError: () => { throw new Error("host bug"); } }, SERVER)).not.toThrow();
    expect(() => mountWidget(null as never, undefined as never, SERVER)).not.toThrow();
  });

  it("ignores a hello from the wrong origin or the wrong window", () => {
    const { iframe } = setup();
    expect(hello(iframe, iframe.contentWindow, "https://evil.example")).toBeUndefined();
    vi.restoreAllMocks();
    expect(hello(iframe, window, SERVER)).toBeUndefined();
  });

  it("after the handshake, events on the port reach the typed callbacks and resize the iframe", async () => {
    const { iframe, calls } = setup();
    const port = hello(iframe, iframe.contentWindow, SERVER)!;
    expect(port).toBeDefined();
    const send = (type: string, payload: object) => port.postMessage({ channel: "open-onboarding", v: 1, type, payload });
    send("ready", {});
    send("step", { id: "identity", index: 0, total: 6 });
    send("resize", { height: 512.3 });
    send("complete", { kyc: "approved" });
    await nextTask();
    expect(calls).toEqual([["ready", null], ["step", { id: "identity", index: 0, total: 6 }], ["complete", { kyc: "approved" }]]);
    expect(iframe.style.height).toBe("513px");
    port.close();
  });

  it("answers tokenExpired with the secret returned by onTokenExpired", async () => {
    const { iframe } = setup({ onTokenExpired: () => Promise.resolve("cs_ses_0a1b2c_new") });
    const port = hello(iframe, iframe.contentWindow, SERVER)!;
    const received: unknown[] = [];
    port.onmessage = (event) => received.push(event.data);
    port.postMessage({ channel: "open-onboarding", v: 1, type: "tokenExpired", payload: {} });
    await nextTask();
    await nextTask();
    expect(received).toEqual([{ channel: "open-onboarding", v: 1, type: "refreshToken", payload: { clientSecret: "cs_ses_0a1b2c_new" } }]);
    port.close();
  });

  it("mounting twice into one element keeps one iframe; unmount removes it", () => {
    const { target, handle } = setup();
    mountWidget(target, { clientSecret: SECRET, serverUrl: SERVER }, SERVER);
    expect(target.querySelectorAll("iframe")).toHaveLength(1);
    handle.unmount();
  });
});
