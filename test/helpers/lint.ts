/**
 * Test harness over the core: lint a text as a given file, apply a fix, apply all preferred fixes.
 * Assert codes, ranges and resulting text with it — never message wording.
 */
import { loadDocumentFromText } from '../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../server/src/core/engine/validate';
import { fixAll } from '../../server/src/core/engine/fixAll';
import type { Diagnostic, LintOptions } from '../../server/src/core/engine/types';
import type { Fix } from '../../server/src/core/rules/types';
import { applyEdits } from '../../server/src/core/text/edits';

export interface LintTestOptions extends Omit<LintOptions, 'docsBaseUrl'> {
  /** File path deciding the kind by name; default `Test.entitlements`. */
  path?: string;
}

function split(opts: LintTestOptions = {}): { path: string; options: LintOptions } {
  const { path = 'Test.entitlements', ...options } = opts;
  return { path, options };
}

export function lint(text: string, opts?: LintTestOptions): Diagnostic[] {
  const { path, options } = split(opts);
  return validateDocument(loadDocumentFromText(path, text), options);
}

export function onlyCode(diags: Diagnostic[], code: string): Diagnostic[] {
  return diags.filter((d) => d.code === code);
}

export function codes(diags: Diagnostic[]): string[] {
  return diags.map((d) => d.code);
}

/** The text a diagnostic's range covers in `text`. */
export function rangeText(text: string, d: Pick<Diagnostic, 'start' | 'end'>): string {
  return text.slice(d.start, d.end);
}

/** Applies one fix of `diag` (by index, or the first matching `pick`, default: the preferred or first one). */
export function applyFix(text: string, diag: Diagnostic, pick?: number | ((f: Fix) => boolean)): string {
  const fix =
    typeof pick === 'number'
      ? diag.fixes[pick]
      : typeof pick === 'function'
        ? diag.fixes.find(pick)
        : (diag.fixes.find((f) => f.preferred) ?? diag.fixes[0]);
  if (!fix) throw new Error(`no such fix on ${diag.code} (fixes: ${diag.fixes.map((f) => f.title).join(' | ')})`);
  return applyEdits(text, fix.edits);
}

/** What `nelint check --fix` would write. */
export function fixAllPreferred(text: string, opts?: LintTestOptions): string {
  const { path, options } = split(opts);
  return fixAll(loadDocumentFromText(path, text), options).text;
}
