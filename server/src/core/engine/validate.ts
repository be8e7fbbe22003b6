/**
 * Runs the rule catalog over one document: rule selection by file kind, the N28 stop (§1.5), per-rule
 * isolation (an exception in one rule is logged once and the others still report), precedence (§1.15),
 * suppression comments (§1.14), severity overrides (§1.3) and multi-context intersection (§1.7: a file used
 * by several targets is reported only where the trigger holds in every context).
 */
import type { PlistDocument } from '../model/document';
import type { FileContext } from '../context/types';
import { resolveFileContext } from '../context/resolveContext';
import { isSuppressed, parseDirectives } from '../context/directives';
import type { Directives } from '../context/directives';
import { allRules } from '../rules';
import type { Finding, Fix, Rule, RuleMeta, Severity, SeverityOrOff } from '../rules/types';
import type { Diagnostic, LintOptions } from './types';
import { applyPrecedence } from './precedence';
import { DEFAULT_DOCS_BASE_URL, ruleHref } from './docs';

export interface RawFinding extends Finding {
  meta: RuleMeta;
}

const NOT_WELL_FORMED = 'plist/xml-not-well-formed';

/** Rules that failed, reported once per process (the caller may replace the sink). */
const reportedFailures = new Set<string>();
export let ruleFailureSink: (code: string, error: unknown) => void = (code, error) => {
  const msg = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`nelint: rule ${code} failed and was skipped: ${msg}\n`);
};
export function setRuleFailureSink(sink: (code: string, error: unknown) => void): void {
  ruleFailureSink = sink;
}
/** Forgets which rules already failed, so the next failure is reported again (fuzzing, tests). */
export function resetReportedRuleFailures(): void {
  reportedFailures.clear();
}

function runsOn(rule: Rule, ctx: FileContext, malformed: boolean, hasProject: boolean): boolean {
  const { meta } = rule;
  if (meta.kinds !== 'all' && !meta.kinds.includes(ctx.kind)) return false;
  if (malformed && !meta.runsOnMalformed) return false;
  if (meta.needsProject && !hasProject) return false;
  return true;
}

/** True when a well-formedness *error* stops every family but plist/ (§1.5), or the container is unreadable. */
export function isMalformed(doc: PlistDocument): boolean {
  // A warning-level N28 (e.g. an unsupported `encoding=` on ASCII-only text) leaves the tree intact.
  return (
    !!doc.unreadable || doc.xml.issues.some((i) => i.code === NOT_WELL_FORMED && (i.severity ?? 'error') === 'error')
  );
}

/** The rules that run on `doc` in context `file`, in catalog order. */
export function applicableRules(
  doc: PlistDocument,
  file: FileContext,
  options: LintOptions,
  rules: readonly Rule[] = allRules,
): Rule[] {
  const malformed = isMalformed(doc);
  return rules.filter((rule) => runsOn(rule, file, malformed, !!options.project));
}

/** Runs one rule; an exception is reported once per process and the rule counts as silent. */
export function runRule(rule: Rule, doc: PlistDocument, file: FileContext, options: LintOptions): RawFinding[] {
  const out: RawFinding[] = [];
  try {
    rule.check({ doc, file, project: options.project, report: (f) => out.push({ ...f, meta: rule.meta }) });
  } catch (error) {
    if (!reportedFailures.has(rule.meta.code)) {
      reportedFailures.add(rule.meta.code);
      ruleFailureSink(rule.meta.code, error);
    }
    return [];
  }
  return out;
}

/** Every applicable rule's findings, before precedence (kept per rule for incremental re-validation). */
export function runRulesByRule(
  doc: PlistDocument,
  file: FileContext,
  options: LintOptions,
  rules: readonly Rule[] = allRules,
): Map<Rule, RawFinding[]> {
  const byRule = new Map<Rule, RawFinding[]>();
  for (const rule of applicableRules(doc, file, options, rules)) byRule.set(rule, runRule(rule, doc, file, options));
  return byRule;
}

function runRules(doc: PlistDocument, file: FileContext, options: LintOptions, rules: readonly Rule[]): RawFinding[] {
  return applyPrecedence([...runRulesByRule(doc, file, options, rules).values()].flat());
}

function severityFor(f: RawFinding, options: LintOptions): SeverityOrOff {
  const code = f.meta.code;
  const override = options.rules?.[code] ?? options.config?.config.rules?.[code] ?? options.settings?.rules?.[code];
  return override ?? f.severity ?? f.meta.severity;
}

function isCommandOnly(f: Fix): boolean {
  return !!f.command && f.edits.length === 0 && !f.otherFiles?.length && !f.createFiles?.length;
}

function toDiagnostic(doc: PlistDocument, f: RawFinding, severity: Severity, docsBase: string): Diagnostic {
  const li = doc.lineIndex;
  return {
    id: f.meta.id,
    code: f.meta.code,
    source: 'nelint',
    severity,
    message: f.message,
    start: f.start,
    end: f.end,
    range: { start: li.positionAt(f.start), end: li.positionAt(f.end) },
    href: ruleHref(docsBase, f.meta.code),
    related: (f.related ?? []).map((r) => {
      const rli = r.lineIndex ?? li;
      return {
        path: r.path ?? doc.path,
        start: r.start,
        end: r.end,
        range: { start: rli.positionAt(r.start), end: rli.positionAt(r.end) },
        message: r.message,
      };
    }),
    // No edit is ever offered in a decoded (binary/CMS) document (§1.13); command-only actions are.
    fixes: doc.container === 'xml' ? (f.fixes ?? []) : (f.fixes ?? []).filter(isCommandOnly),
    ...(f.data ? { data: f.data } : {}),
    ...(f.unnecessary ? { unnecessary: true } : {}),
  };
}

export function finish(
  doc: PlistDocument,
  raw: RawFinding[],
  options: LintOptions,
  directives: Directives,
): Diagnostic[] {
  const docsBase = options.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL;
  const out: Diagnostic[] = [];
  for (const f of raw) {
    const severity = severityFor(f, options);
    if (severity === 'off') continue;
    if (isSuppressed(directives, f.meta.code, doc.lineIndex.positionAt(f.start).line)) continue;
    out.push(toDiagnostic(doc, f, severity, docsBase));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
}

/** Validates one document in its single-file context (plus the project view when one is given). */
export function validateDocument(doc: PlistDocument, options: LintOptions = {}): Diagnostic[] {
  const directives = parseDirectives(doc);
  const file = resolveFileContext(doc, options, directives);
  return finish(doc, runRules(doc, file, options, allRules), options, directives);
}

/**
 * Validates a document used by several contexts (e.g. one entitlements file shared by an iOS appex and a macOS
 * system extension): a finding is kept only when the same (code, range) is found in every context.
 */
export function validateInContexts(
  doc: PlistDocument,
  contexts: { options: LintOptions }[],
  rules: readonly Rule[] = allRules,
): Diagnostic[] {
  if (contexts.length === 0) return validateDocument(doc);
  const directives = parseDirectives(doc);
  const runs = contexts.map((c) => runRules(doc, resolveFileContext(doc, c.options, directives), c.options, rules));
  const key = (f: RawFinding) => `${f.meta.code}\u0000${f.start}\u0000${f.end}`;
  const keep = runs.slice(1).map((r) => new Set(r.map(key)));
  const common = runs[0].filter((f) => keep.every((s) => s.has(key(f))));
  return finish(doc, common, contexts[0].options, directives);
}

export { resolveFileContext };
