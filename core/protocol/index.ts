/** The postMessage protocol between the host page (loader) and the widget app. See README.md. */
export { PROTOCOL_CHANNEL, PROTOCOL_VERSION, envelope, type TEnvelope } from "./envelope";
export * from "./schemas";
export { parseMessage, parseHostMessage, parseChildEvent } from "./parse-message";
