/**
 * SARIF 2.1.0 output for code-scanning dashboards: one `rule` per implemented code (with `helpUri`), results
 * with physical locations (1-based lines and columns), related locations, and quick fixes as SARIF `fixes`.
 */
import type { Diagnostic } from '../../core/engine/types';
import type { Rule, Severity } from '../../core/rules/types';
import type { LineIndex } from '../../core/text/lineIndex';
import { ruleHref } from '../../core/engine/docs';
import type { FileReport } from '../report';
import { displayPath } from '../paths';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

function uri(path: string): string {
  return encodeURI(displayPath(path).split('\\').join('/'));
}

function region(range: Diagnostic['range']) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function fixes(d: Diagnostic, path: string, li: LineIndex | undefined) {
  if (!li) return undefined;
  const out = d.fixes
    .filter((f) => f.edits.length > 0 && !f.snippet)
    .map((f) => ({
      description: { text: f.title },
      artifactChanges: [
        {
          artifactLocation: { uri: uri(path) },
          replacements: f.edits.map((e) => ({
            deletedRegion: region({ start: li.positionAt(e.start), end: li.positionAt(e.end) }),
            insertedContent: { text: e.newText },
          })),
        },
      ],
    }));
  return out.length ? out : undefined;
}

export function formatSarif(files: FileReport[], rules: readonly Rule[], version: string, docsBase: string): string {
  const index = new Map(rules.map((r, i) => [r.meta.code, i]));
  const results = files.flatMap((f) =>
    f.diagnostics.map((d) => ({
      ruleId: d.code,
      ...(index.has(d.code) ? { ruleIndex: index.get(d.code) } : {}),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: uri(f.path) }, region: region(d.range) } }],
      ...(d.related.length
        ? {
            relatedLocations: d.related.map((r, i) => ({
              id: i,
              message: { text: r.message },
              physicalLocation: { artifactLocation: { uri: uri(r.path) }, region: region(r.range) },
            })),
          }
        : {}),
      ...(fixes(d, f.path, f.lineIndex) ? { fixes: fixes(d, f.path, f.lineIndex) } : {}),
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'nelint',
            version,
            informationUri: docsBase,
            rules: rules.map((r) => ({
              id: r.meta.code,
              name: r.meta.code.split('/')[1],
              shortDescription: { text: r.meta.description },
              helpUri: ruleHref(docsBase, r.meta.code),
              defaultConfiguration: { level: LEVEL[r.meta.severity] },
              properties: { catalogId: r.meta.id, family: r.meta.family, fixable: r.meta.fixable },
            })),
          },
        },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
