/**
 * The properties every input must satisfy, whatever its bytes: loading and validating never throw and no rule
 * fails; every diagnostic, related location and fix edit lies inside its document; applying a preferred fix
 * changes nothing outside the fix's edits, keeps a well-formed document well-formed and removes that diagnostic.
 * Throws an Error describing the first violation (fast-check reports and shrinks it).
 */
import { loadDocumentFromBytes, loadDocumentFromText } from '../../server/src/core/engine/loadDocument';
import { resetReportedRuleFailures, setRuleFailureSink, validateDocument } from '../../server/src/core/engine/validate';
import type { Diagnostic, LintOptions } from '../../server/src/core/engine/types';
import type { PlistDocument } from '../../server/src/core/model/document';
import type { TextEdit } from '../../server/src/core/rules/types';
import { applyEdits } from '../../server/src/core/text/edits';

const NOT_WELL_FORMED = 'plist/xml-not-well-formed';

let ruleError: string | undefined;
/** Counters for the fuzz script's summary. */
export const stats = { cases: 0, diagnostics: 0, fixesChecked: 0 };
/** Makes a rule exception a property failure instead of a once-per-process log line. */
export function captureRuleFailures(): void {
  setRuleFailureSink((code, error) => {
    ruleError ??= `rule ${code} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  });
}

function validateChecked(doc: PlistDocument, options: LintOptions): Diagnostic[] {
  ruleError = undefined;
  resetReportedRuleFailures();
  const diags = validateDocument(doc, options);
  if (ruleError) throw new Error(ruleError);
  return diags;
}

function inside(what: string, start: number, end: number, length: number): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= length)) {
    throw new Error(`${what}: range [${start}, ${end}) outside the document (length ${length})`);
  }
}

function checkRanges(doc: PlistDocument, diags: Diagnostic[]): void {
  const n = doc.text.length;
  for (const d of diags) {
    inside(d.code, d.start, d.end, n);
    const p = doc.lineIndex.positionAt(d.start);
    if (p.line !== d.range.start.line || p.character !== d.range.start.character) {
      throw new Error(`${d.code}: range.start does not match start offset`);
    }
    for (const r of d.related) if (r.path === doc.path) inside(`${d.code} related`, r.start, r.end, n);
    for (const f of d.fixes) {
      for (const e of f.edits) inside(`${d.code} fix "${f.title}"`, e.start, e.end, n);
      if (doc.container !== 'xml' && f.edits.length) throw new Error(`${d.code}: fix offered on a decoded document`);
    }
  }
}

/** Where `offset` of the old text lands after `edits`. */
function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  let delta = 0;
  for (const e of edits) {
    if (e.end <= offset && e.start < offset) delta += e.newText.length - (e.end - e.start);
    else if (e.start < offset && offset < e.end) return e.start + delta;
  }
  return offset + delta;
}

function checkFix(
  doc: PlistDocument,
  d: Diagnostic,
  all: Diagnostic[],
  options: LintOptions,
  wellFormed: boolean,
): void {
  const fix = d.fixes.find((f) => f.preferred && !f.snippet && f.edits.length > 0 && !f.otherFiles?.length);
  if (!fix) return;
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  let after: string;
  try {
    after = applyEdits(doc.text, edits);
  } catch (e) {
    throw new Error(`${d.code} fix "${fix.title}": edits do not apply: ${(e as Error).message}`);
  }
  const lo = edits[0].start;
  const hi = Math.max(...edits.map((e) => e.end));
  const tail = doc.text.length - hi;
  if (after.slice(0, lo) !== doc.text.slice(0, lo) || after.slice(after.length - tail) !== doc.text.slice(hi)) {
    throw new Error(`${d.code} fix "${fix.title}" changed text outside its edits`);
  }
  const next = loadDocumentFromText(doc.path, after);
  const nextDiags = validateChecked(next, options);
  if (wellFormed && next.xml.issues.some((i) => i.code === NOT_WELL_FORMED)) {
    throw new Error(`${d.code} fix "${fix.title}" made the document not well-formed:\n${after}`);
  }
  const at = mapOffset(d.start, edits);
  const same = (x: Diagnostic) => x.code === d.code && x.message === d.message;
  const still = nextDiags.find((x) => same(x) && x.start === at);
  // Removing the second of three duplicate keys moves the third into its place: the same diagnostic at the same
  // offset, but one fewer of them.
  if (still && nextDiags.filter(same).length >= all.filter(same).length) {
    throw new Error(`${d.code} fix "${fix.title}" did not remove the diagnostic at ${d.start}:\n${after}`);
  }
}

export interface InvariantOptions {
  lint?: LintOptions;
  /** How many preferred fixes to apply and re-validate (each one re-validates the document). */
  maxFixes?: number;
}

/** Checks every property for one input (text as an editor has it, or bytes as the CLI reads them). */
export function checkInvariants(path: string, input: string | Uint8Array, opts: InvariantOptions = {}): void {
  const options = opts.lint ?? {};
  const doc = typeof input === 'string' ? loadDocumentFromText(path, input) : loadDocumentFromBytes(path, input);
  const diags = validateChecked(doc, options);
  stats.cases++;
  stats.diagnostics += diags.length;
  checkRanges(doc, diags);
  if (doc.container !== 'xml') return;
  const wellFormed = !doc.xml.issues.some((i) => i.code === NOT_WELL_FORMED);
  let left = opts.maxFixes ?? 3;
  for (const d of diags) {
    if (left <= 0) break;
    if (!d.fixes.some((f) => f.preferred)) continue;
    left--;
    stats.fixesChecked++;
    checkFix(doc, d, diags, options, wellFormed);
  }
}
