/**
 * The core's editor facade (json-languageservice style): every verb takes the parsed document explicitly and
 * returns offsets; the LSP server converts at the edge. Domain modules plug in through `providers.ts`.
 */
import type { PlistDocument } from '../model/document';
import type { FileContext } from '../context/types';
import type { Diagnostic } from '../engine/types';
import { locate } from '../model/query';
import { hoverProviders, completionProviders } from './providers';
import type { CompletionEntry, HoverSection } from './types';
import { formatHover } from './hoverFormat';
import { ruleByCode } from '../rules';

export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

function overlapping(diagnostics: Diagnostic[], offset: number): Diagnostic[] {
  return diagnostics.filter((d) => d.start <= offset && offset <= d.end);
}

/** Fallback when no domain provider knows the node: explain the diagnostics under the cursor with their guidance. */
function diagnosticsHover(found: Diagnostic[], docsBaseUrl?: string): HoverResult | undefined {
  if (found.length === 0) return undefined;
  const quotes = [...new Set(found.flatMap((d) => ruleByCode(d.code)?.meta.guidance ?? []))].slice(0, 4);
  return {
    markdown: formatHover({ problems: found, quotes, rules: found.map((d) => d.code), docsBaseUrl }),
    start: Math.min(...found.map((d) => d.start)),
    end: Math.max(...found.map((d) => d.end)),
  };
}

export function doHover(
  doc: PlistDocument,
  offset: number,
  file: FileContext,
  diagnostics: Diagnostic[],
  docsBaseUrl?: string,
): HoverResult | undefined {
  const location = locate(doc.root, offset);
  const here = overlapping(diagnostics, offset);
  const sections: HoverSection[] = [];
  for (const provider of hoverProviders) {
    try {
      const s = provider({ doc, offset, file, location, diagnostics: here });
      if (s) {
        sections.push(s);
        break;
      }
    } catch {
      // A failing provider must not take the hover down; the next one may still answer.
    }
  }
  if (sections.length === 0) return diagnosticsHover(here, docsBaseUrl);
  return sections[0];
}

export function doComplete(doc: PlistDocument, offset: number, file: FileContext): CompletionEntry[] {
  const location = locate(doc.root, offset);
  const out: CompletionEntry[] = [];
  for (const provider of completionProviders) {
    try {
      out.push(...provider({ doc, offset, file, location }));
    } catch {
      // Same isolation as hovers.
    }
  }
  return out;
}
