/**
 * A minimal Server-Sent Events reader over fetch. `EventSource` cannot send an
 * `Authorization` header, and putting the client secret in the URL would leak
 * it into server and proxy logs (OWASP: no secrets in URLs), so we stream the
 * response body and parse the `text/event-stream` format ourselves (WHATWG HTML §9.2).
 */
export type TSseEvent = { event: string; data: string };

/** Reads events until the stream ends or `signal` aborts; resolves when it ends, rejects on failure. */
export async function readSse(response: Response, onEvent: (event: TSseEvent) => void): Promise<void> {
  if (!response.ok || !response.body) throw new Error("events stream answered " + response.status);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value.replace(/\r\n?/g, "\n");
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = parseBlock(block);
      if (event) onEvent(event);
    }
  }
}

/** One event block → `{ event, data }`; comments (`:` lines, used as keep-alives) give null. */
export function parseBlock(block: string): TSseEvent | null {
  let event = "message";
  const data: string[] = [];
  for (const line of block.split("\n")) {
    const colon = line.indexOf(":");
    if (colon === 0) continue;
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") event = value;
    if (field === "data") data.push(value);
  }
  return data.length ? { event, data: data.join("\n") } : null;
}
