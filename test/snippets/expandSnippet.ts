/**
 * Expands a VS Code snippet body the way accepting every default would: `${1:default}` → default,
 * `${1|a,b|}` → `a`, `$1`/`$0` → '', `${UUID/…/}` → a distinct upper-case UUID each, `\$` → `$`.
 * Good enough for the snippets nelint ships (no nested placeholders inside choices).
 */
/** Distinct, valid upper-case UUIDs: 3F2504E0-4F89-41D3-9A0C-0305E82C3301, …3302, … */
function uuid(n: number): string {
  return `3F2504E0-4F89-41D3-9A0C-0305E82C${(3301 + n).toString().padStart(4, '0')}`;
}

export function expandSnippet(body: string | string[]): string {
  let text = Array.isArray(body) ? body.join('\n') : body;
  let n = 0;
  text = text.replace(/\$\{UUID\/[^}]*\}\/\}|\$UUID\b/g, () => uuid(n++));
  // Innermost placeholders first, repeatedly, so `${1:a ${2:b}}` also works.
  for (let i = 0; i < 10; i++) {
    const next = text
      .replace(/\$\{\d+\|([^,|}]*)[^|}]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{\d+\}/g, '');
    if (next === text) break;
    text = next;
  }
  return text
    .replace(/(?<!\\)\$\d+/g, '')
    .replace(/\\\$/g, '$')
    .replace(/\t/g, '\t');
}
