// Open-redirect guard for `?next=`: only same-site relative paths are followed.
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next || next.length > 2000) return null;
  if (!next.startsWith("/")) return null;
  // "//host" and "/\host" are protocol-relative URLs in browsers.
  if (next.startsWith("//") || next.startsWith("/\\")) return null;
  // Control characters (tabs, newlines) are stripped by URL parsers and could turn "/\t/host" into "//host".
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f]/.test(next)) return null;
  return next;
}
