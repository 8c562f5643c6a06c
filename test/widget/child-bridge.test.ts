// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { envelope } from "../../core/protocol";
import { createChildBridge } from "../../widget/app/bridge/child-bridge";

const HOST = "https://host.example";

/** A window whose parent is a separate stand-in, as inside an iframe. */
function framedWindow(ancestor: string | null) {
  const parent = { postMessage: vi.fn() };
  const target = new EventTarget();
  const win = Object.assign(target, {
    parent,
    location: { ancestorOrigins: ancestor ? Object.assign([ancestor], { contains: () => true, item: () => ancestor }) : undefined },
    document: { referrer: "" },
  });
  return { win: win as unknown as Window, parent };
}

const init = (source: unknown, origin: string, port?: MessagePort) =>
  new MessageEvent("message", { data: envelope("init", { locale: "fr" }), origin, source: source as Window, ports: port ? [port] : [] });

describe("child bridge", () => {
  it("posts only an empty hello with *, then accepts init from the parent at an allowed origin", async () => {
    const { win, parent } = framedWindow(HOST);
    const bridge = createChildBridge({ window: win, mode: "loader" });
    const received: unknown[] = [];
    bridge.onMessage((message) => received.push(message.type));
    bridge.emit("ready", {}); // queued until the mode is known
    bridge.connect([HOST]);
    expect(parent.postMessage).toHaveBeenCalledWith(envelope("hello", {}), "*");

    const channel = new MessageChannel();
    win.dispatchEvent(init(parent, "https://evil.example", channel.port2));
    win.dispatchEvent(init({}, HOST, channel.port2));
    expect(bridge.stats.ignored).toBe(2);

    const hostSide: unknown[] = [];
    channel.port1.onmessage = (event) => hostSide.push(event.data.type);
    win.dispatchEvent(init(parent, HOST, channel.port2));
    expect(received).toEqual(["init"]);
    expect(bridge.stats.mode).toBe("port");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(hostSide).toEqual(["ready"]);
    channel.port1.close();
  });

  it("raw-iframe mode posts to the parent's exact origin only when it is allowed", async () => {
    const { win, parent } = framedWindow(HOST);
    const bridge = createChildBridge({ window: win, mode: "iframe" });
    bridge.emit("ready", {});
    bridge.connect([HOST]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(bridge.stats.mode).toBe("raw");
    expect(parent.postMessage).toHaveBeenLastCalledWith(envelope("ready", {}), HOST);
  });

  it("raw-iframe mode sends nothing to a parent that is not allowed", async () => {
    const { win, parent } = framedWindow("https://evil.example");
    const bridge = createChildBridge({ window: win, mode: "iframe" });
    bridge.connect([HOST]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    bridge.emit("ready", {});
    expect(parent.postMessage).toHaveBeenCalledTimes(1); // the hello only
    expect(bridge.stats.mode).toBe("none");
  });
});
