/**
 * Renders a decoded value as Apple-style XML plist text (what `plutil -convert xml1` writes): XML
 * declaration and DOCTYPE, tab indentation, `<dict/>`/`<array/>` when empty, dates to the second in UTC,
 * data as base64 wrapped like CFPropertyList does. Deterministic: same value, same text.
 *
 * The decoder caps nesting depth, so recursion here is bounded.
 */
import type { PlistValue } from './plistValue';

const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n' +
  '<plist version="1.0">\n';

export function renderXmlPlist(value: PlistValue): string {
  const out: string[] = [HEADER];
  renderValue(value, 0, out);
  out.push('</plist>\n');
  return out.join('');
}

function renderValue(v: PlistValue, depth: number, out: string[]): void {
  const pad = '\t'.repeat(depth);
  switch (v.type) {
    case 'dict':
      if (v.entries.length === 0) {
        out.push(`${pad}<dict/>\n`);
        return;
      }
      out.push(`${pad}<dict>\n`);
      for (const [k, child] of v.entries) {
        out.push(`${pad}\t<key>${escapeXml(k)}</key>\n`);
        renderValue(child, depth + 1, out);
      }
      out.push(`${pad}</dict>\n`);
      return;
    case 'array':
      if (v.items.length === 0) {
        out.push(`${pad}<array/>\n`);
        return;
      }
      out.push(`${pad}<array>\n`);
      for (const child of v.items) renderValue(child, depth + 1, out);
      out.push(`${pad}</array>\n`);
      return;
    case 'uid':
      out.push(`${pad}<dict>\n${pad}\t<key>CF$UID</key>\n${pad}\t<integer>${v.value}</integer>\n${pad}</dict>\n`);
      return;
    case 'string':
      out.push(`${pad}<string>${escapeXml(v.value)}</string>\n`);
      return;
    case 'integer':
      out.push(`${pad}<integer>${v.value}</integer>\n`);
      return;
    case 'real':
      out.push(`${pad}<real>${v.text}</real>\n`);
      return;
    case 'boolean':
      out.push(`${pad}<${v.value ? 'true' : 'false'}/>\n`);
      return;
    case 'date':
      out.push(`${pad}<date>${formatPlistDate(v.value)}</date>\n`);
      return;
    case 'data':
      out.push(`${pad}<data>\n`);
      for (const line of base64Lines(v.value, depth)) out.push(`${pad}${line}\n`);
      out.push(`${pad}</data>\n`);
      return;
  }
}

/** `YYYY-MM-DDTHH:MM:SSZ` (the plist DTD's date form; fractional seconds are dropped as CF does). */
export function formatPlistDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** CFPropertyList wraps base64 at 76 columns minus 8 per indentation level (tabs), at most 8 levels. */
function base64Lines(bytes: Uint8Array, depth: number): string[] {
  const b64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  const width = 76 - 8 * Math.min(depth, 8);
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += width) lines.push(b64.slice(i, i + width));
  return lines;
}

/**
 * Escapes text content. Characters XML 1.0 cannot carry at all (C0 controls other than tab/LF/CR, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD: a decoded document must stay well-formed, and the binary form
 * is what the system reads anyway.
 */
export function escapeXml(s: string): string {
  return s
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/\r/g, '&#13;')
    .replace(
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    );
}
