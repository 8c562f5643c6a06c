import { createServer, type Server } from "node:http";
import { freePort } from "./stack.ts";

/**
 * A page on a third origin that opens the host site in a window it controls. An
 * opener keeps a handle on the window and on its frames (`host.frames[0]` is the
 * widget), so this is how a malicious site would try to forge protocol messages.
 */
const ATTACKER_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Not the host</title></head>
<body><button id="open">Open the host</button>
<script>
document.getElementById("open").onclick = function () {
  window.host = window.open(new URLSearchParams(location.search).get("host"), "host");
};
</script></body></html>`;

export async function startForeignPage(): Promise<{ url: string; close(): Promise<void> }> {
  const port = await freePort();
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(ATTACKER_HTML);
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
