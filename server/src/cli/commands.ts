/** `nelint rules`, `nelint explain`, `nelint print`: thin formatting over the core. */
import { readFileSync } from 'node:fs';
import { allRules } from '../core/rules';
import { guidanceRecords } from '../core/knowledge/quotes';
import { explainMessage } from '../core/knowledge/explain';
import { loadDocumentFromBytes } from '../core/engine/loadDocument';
import { plistToJsonText } from '../core/print/toJson';

export function rulesJson(): unknown {
  return {
    rules: allRules.map((r) => ({
      code: r.meta.code,
      severity: r.meta.severity,
      family: r.meta.family,
      fixable: r.meta.fixable,
      description: r.meta.description,
      guidance: guidanceRecords(r.meta.guidance),
    })),
  };
}

export function rulesText(): string {
  const width = Math.max(...allRules.map((r) => r.meta.code.length), 10);
  const lines = allRules.map(
    (r) =>
      `${r.meta.id.padEnd(4)} ${r.meta.code.padEnd(width)} ${r.meta.severity.padEnd(8)} ${r.meta.fixable ? 'fix ' : '    '}${r.meta.description}`,
  );
  return lines.join('\n') + `\n${allRules.length} rules\n`;
}

export function explainOutput(text: string, format: 'text' | 'json'): { output: string; matched: boolean } {
  const matches = explainMessage(text);
  if (format === 'json') return { output: JSON.stringify({ matches }, null, 2) + '\n', matched: matches.length > 0 };
  if (matches.length === 0) {
    return { output: 'No known Xcode, App Store Connect, sysextd or NE message matches this text.\n', matched: false };
  }
  const out: string[] = [];
  for (const m of matches) {
    out.push(`${m.id} — ${m.where}`, `  ${m.explanation}`);
    if (m.rules.length) out.push(`  Rules that detect the cause: ${m.rules.join(', ')}`);
    for (const g of m.guidance) {
      const who = g.authority === 'apple-dts' ? `${g.author}, Apple DTS` : 'reported by a developer';
      out.push(`  > ${g.text}`, `    — ${who}, «${g.thread}»`);
    }
    out.push('');
  }
  return { output: out.join('\n'), matched: true };
}

export class PrintError extends Error {}

export function printFile(file: string, format: 'xml' | 'json'): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new PrintError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const doc = loadDocumentFromBytes(file, bytes);
  if (doc.unreadable) throw new PrintError(`cannot read ${file} as a property list: ${doc.unreadable.reason}`);
  const fatal = doc.xml.issues.find((i) => i.code === 'plist/xml-not-well-formed');
  if (!doc.root || fatal) {
    const where = fatal ? ` (line ${doc.lineIndex.positionAt(fatal.start).line + 1}: ${fatal.message})` : '';
    throw new PrintError(`${file} is not a readable property list${where}`);
  }
  // Order-preserving writer: JSON.stringify would move number-like keys first and recurse on deep files.
  if (format === 'json') return plistToJsonText(doc.root, 2) + '\n';
  return doc.text.endsWith('\n') ? doc.text : doc.text + '\n';
}
