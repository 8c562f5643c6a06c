import { useMemo } from "preact/hooks";
import { encodeQr } from "./qr-encode";

/**
 * A QR code as one SVG path (no canvas, no image URL: works under `img-src 'self'`
 * and scales crisply). Always dark on light with a 4-module quiet zone, also in the
 * dark theme: phone scanners expect it (ISO/IEC 18004 §6.3.8).
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const modules = encodeQr(text);
    let d = "";
    modules.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x + 4} ${y + 4}h1v1h-1z` : "")));
    return { size: modules.length + 8, path: d };
  }, [text]);
  return (
    <svg class="qr" role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
