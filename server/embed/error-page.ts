/**
 * A plain page for an unknown or expired session. No script and no style at all,
 * so it works under `default-src 'none'`.
 */
export function errorPage(message: string): string {
  const text = message.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Identity verification</title></head>
<body><p>${text}</p></body>
</html>
`;
}
