/**
 * The CLI's JSON report: a public contract (version 1). Change only additively.
 * Lines and characters are zero-based, as in LSP.
 */
import type { FileReport } from '../report';
import { summarize } from '../report';
import { displayPath } from '../paths';

export function formatJson(files: FileReport[]): string {
  const out = {
    version: 1,
    files: files.map((f) => ({
      path: f.path,
      kind: f.kind,
      diagnostics: f.diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        range: d.range,
        related: d.related.map((r) => ({ path: displayPath(r.path), range: r.range, message: r.message })),
        fixes: d.fixes.map((x) => ({ title: x.title, preferred: !!x.preferred })),
      })),
    })),
    summary: summarize(files),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
