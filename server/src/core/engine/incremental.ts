/**
 * Re-validation after an edit, for the language server's keystroke path. When the edit lies inside one payload
 * of a well-formed configuration profile, payload-local rules (`meta.scope === 'payload'`) re-check only that
 * payload (on a single-payload view) and keep their findings elsewhere, moved by the edit's length; every other
 * rule runs on the whole new document. Anything else — another file kind, a malformed document, a changed file
 * context, an edit that moves payload boundaries — is a full validation. Either way the diagnostics equal what
 * `validateDocument` returns for the new document (test/core/engine/incremental.test.ts checks this).
 */
import type { PlistDocument } from '../model/document';
import type { FileContext } from '../context/types';
import { parseDirectives } from '../context/directives';
import type { Directives } from '../context/directives';
import { resolveFileContext } from '../context/resolveContext';
import type { PayloadInfo, ProfileModel } from '../knowledge/profileModel';
import { getProfileModel, payloadAt, setProfileModel, withPayloadReplaced } from '../knowledge/profileModel';
import type { DictNode } from '../model/plist';
import type { XmlElement } from '../model/xml';
import type { Rule } from '../rules/types';
import type { Diagnostic, LintOptions } from './types';
import type { RawFinding } from './validate';
import { applicableRules, finish, isMalformed, runRule, runRulesByRule } from './validate';
import { applyPrecedence } from './precedence';
import { payloadView } from './payloadView';
import { loadDocumentFromText } from './loadDocument';
import { reparsePayload } from '../parser/reparse';
import type { TextChange } from './textChange';
import { shiftOffset, textChange } from './textChange';

export interface ValidationState {
  doc: PlistDocument;
  options: LintOptions;
  file: FileContext;
  /** Each applied rule's findings before precedence, in report order. */
  byRule: Map<Rule, RawFinding[]>;
  diagnostics: Diagnostic[];
  /**
   * How it was validated: `project` states (cross-file rules over a project model) keep no per-rule findings and
   * are never the base of an incremental validation.
   */
  mode: 'full' | 'payload' | 'project';
}

/** A full validation that keeps what the next incremental one needs. */
export function validateState(doc: PlistDocument, options: LintOptions = {}): ValidationState {
  const directives = parseDirectives(doc);
  return fullState(doc, options, resolveFileContext(doc, options, directives), directives);
}

function fullState(
  doc: PlistDocument,
  options: LintOptions,
  file: FileContext,
  directives: Directives,
): ValidationState {
  const byRule = runRulesByRule(doc, file, options);
  return { doc, options, file, byRule, diagnostics: finishRules(doc, byRule, options, directives), mode: 'full' };
}

/** Precedence over every rule's findings, then what `finish` does (as `validateDocument`). */
function finishRules(
  doc: PlistDocument,
  byRule: Map<Rule, RawFinding[]>,
  options: LintOptions,
  directives: Directives,
): Diagnostic[] {
  return finish(doc, applyPrecedence([...byRule.values()].flat()), options, directives);
}

/**
 * The next version of `prev.doc` from its new text: only the edited payload is re-parsed when the edit lies
 * inside one (parser/reparse.ts; `prev.doc` is then consumed), otherwise the whole text. Pass the result to
 * `revalidate`.
 */
export function nextDocument(prev: ValidationState, text: string, version?: number): NextDocument {
  const located = prev.mode === 'project' ? undefined : locateEdit(prev, text);
  const model = located && getProfileModel(prev.doc);
  const slot = model?.payloadContent && {
    array: model.payloadContent,
    itemIndex: located!.itemIndex,
    dict: located!.dict,
  };
  const doc = slot && reparsePayload(prev.doc, text, located!.change, slot);
  if (!doc) return { doc: loadDocumentFromText(prev.doc.path, text, version) };
  if (version !== undefined) doc.version = version;
  // The other payloads' facts still hold (their nodes were moved in place, not rebuilt).
  setProfileModel(doc, withPayloadReplaced(model!, located!.index, slot.array.items[located!.itemIndex] as DictNode));
  return { doc, located };
}

export interface NextDocument {
  doc: PlistDocument;
  /** Set when only one payload was re-parsed: where the edit was, found before the old trees were reused. */
  located?: LocatedEdit;
}

/**
 * Validates `doc` (the next version of `prev.doc`, same options), re-checking only what the edit can change.
 * `located` comes from `nextDocument` when it re-parsed one payload (the old document can no longer be read).
 */
export function revalidate(
  prev: ValidationState,
  doc: PlistDocument,
  options: LintOptions = {},
  located?: LocatedEdit,
): ValidationState {
  const directives = parseDirectives(doc);
  const file = resolveFileContext(doc, options, directives);
  const plan = located ? planFromLocated(prev, doc, options, file, located) : planIncremental(prev, doc, options, file);
  const view = plan && payloadView(doc, plan.model, plan.payload);
  if (!plan || !view) return fullState(doc, options, file, directives);
  const byRule = new Map<Rule, RawFinding[]>();
  for (const rule of applicableRules(doc, file, options)) {
    const before = prev.byRule.get(rule);
    byRule.set(
      rule,
      rule.meta.scope === 'payload' && before
        ? merge(before, runRule(rule, view, file, options), plan)
        : runRule(rule, doc, file, options),
    );
  }
  return { doc, options, file, byRule, diagnostics: finishRules(doc, byRule, options, directives), mode: 'payload' };
}

interface Plan {
  change: TextChange;
  model: ProfileModel;
  /** The edited payload in the new document, and its span in the old one. */
  payload: PayloadInfo;
  oldSpan: { start: number; end: number };
}

/** The edited payload of `prev.doc` for the new text, read before anything reuses the old trees. */
export interface LocatedEdit {
  change: TextChange;
  /** Index in the profile model's payload list, and in `PayloadContent`. */
  index: number;
  itemIndex: number;
  dict: PayloadInfo['dict'];
  oldSpan: { start: number; end: number };
}

function locateEdit(prev: ValidationState, text: string): LocatedEdit | undefined {
  if (prev.file.kind !== 'profile' || prev.doc.container !== 'xml' || isMalformed(prev.doc)) return undefined;
  const change = textChange(prev.doc.text, text);
  if (!change) return undefined;
  const model = getProfileModel(prev.doc);
  if (model.bare) return undefined;
  const p = payloadAt(model, change.start);
  if (!p || p.isRoot || !containsEdit(p.dict.element, change)) return undefined;
  const i = model.payloads.indexOf(p);
  return { change, index: i, itemIndex: p.index, dict: p.dict, oldSpan: { start: p.dict.start, end: p.dict.end } };
}

/** Conditions that hold for both paths: same kind of document, nothing malformed, the same file context. */
function eligible(prev: ValidationState, doc: PlistDocument, options: LintOptions, file: FileContext): boolean {
  // A project view (cross-file rules) is fine: it is the same between keystrokes; a change to another file of the
  // project makes the language server drop the previous state.
  if (prev.mode === 'project' || file.kind !== 'profile' || !!options.project !== !!prev.options.project) return false;
  if (doc.container !== 'xml' || prev.doc.container !== 'xml' || doc.path !== prev.doc.path) return false;
  return !isMalformed(doc) && !isMalformed(prev.doc) && sameContext(prev.file, file);
}

/** After a one-payload re-parse the layout is right by construction: only the payload needs finding again. */
function planFromLocated(
  prev: ValidationState,
  doc: PlistDocument,
  options: LintOptions,
  file: FileContext,
  located: LocatedEdit,
): Plan | undefined {
  if (!eligible(prev, doc, options, file)) return undefined;
  const model = getProfileModel(doc);
  const payload = model.payloads[located.index];
  if (!payload || model.bare) return undefined;
  return { change: located.change, model, payload, oldSpan: located.oldSpan };
}

function planIncremental(
  prev: ValidationState,
  doc: PlistDocument,
  options: LintOptions,
  file: FileContext,
): Plan | undefined {
  if (!eligible(prev, doc, options, file)) return undefined;
  const located = locateEdit(prev, doc.text);
  if (!located) return undefined;
  const oldModel = getProfileModel(prev.doc);
  const model = getProfileModel(doc);
  if (model.bare || oldModel.payloads.length !== model.payloads.length) return undefined;
  if (!sameLayout(oldModel, model, located.index, located.change)) return undefined;
  return { change: located.change, model, payload: model.payloads[located.index], oldSpan: located.oldSpan };
}

/** True when the whole changed range lies between the element's tags. */
function containsEdit(el: XmlElement, change: TextChange): boolean {
  const close = el.close;
  return !el.selfClosing && !!close && change.start >= el.open.end && change.oldEnd <= close.start;
}

/** Every payload, the root and `PayloadContent` kept their extent (moved by the edit): the edit stayed local. */
function sameLayout(before: ProfileModel, after: ProfileModel, edited: number, change: TextChange): boolean {
  const moved = (a: { start: number; end: number } | undefined | null, b: typeof a) =>
    !!a && !!b && b.start === shiftOffset(change, a.start) && b.end === shiftOffset(change, a.end);
  if (!moved(before.root, after.root) || !moved(before.payloadContent, after.payloadContent)) return false;
  for (let j = 0; j < before.payloads.length; j++) {
    const a = before.payloads[j].dict;
    const b = after.payloads[j].dict;
    const ok = j === edited ? b.start === a.start && b.end === shiftOffset(change, a.end) : moved(a, b);
    if (!ok) return false;
  }
  return true;
}

/** Only what rules read (`now` and the variable lookup do not change between keystrokes of one session). */
function sameContext(a: FileContext, b: FileContext): boolean {
  const facts = (c: FileContext) =>
    JSON.stringify([
      c.kind,
      c.kindSource,
      c.platform,
      c.distribution,
      c.role,
      c.minimumOS,
      c.schemaScope,
      c.team,
      c.configuration,
      c.target,
    ]);
  return facts(a) === facts(b);
}

/** The rule's old findings outside the edited payload (moved), with its fresh findings inside it. */
function merge(before: RawFinding[], fresh: RawFinding[], plan: Plan): RawFinding[] {
  const { change, payload, oldSpan } = plan;
  const inOld = (f: RawFinding) => f.start >= oldSpan.start && f.start < oldSpan.end;
  const inNew = (f: RawFinding) => f.start >= payload.dict.start && f.start < payload.dict.end;
  const kept = before.filter((f) => !inOld(f));
  // A finding before the payload may still reach past it (e.g. one on the whole `PayloadContent` array).
  const head = kept.filter((f) => f.start < oldSpan.start).map((f) => shiftFinding(f, change));
  const tail = kept.filter((f) => f.start >= oldSpan.end).map((f) => shiftFinding(f, change));
  return [...head, ...fresh.filter(inNew), ...tail];
}

function shiftFinding(f: RawFinding, change: TextChange): RawFinding {
  const at = (o: number) => shiftOffset(change, o);
  const span = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: at(s.start), end: at(s.end) });
  return {
    ...f,
    start: at(f.start),
    end: at(f.end),
    ...(f.node ? { node: span(f.node) } : {}),
    // Related locations in other files (a `lineIndex` of their own) keep their offsets.
    ...(f.related ? { related: f.related.map((r) => (r.lineIndex ? r : span(r))) } : {}),
    ...(f.fixes ? { fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map(span) })) } : {}),
  };
}
