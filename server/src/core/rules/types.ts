/**
 * The rule contract. One rule per file; each exports `rule: Rule` with its metadata and a check over the
 * parsed document and its context. Rules report offsets; the engine turns them into LSP-style ranges,
 * applies severity overrides, suppression comments and precedence (catalog §1.3, §1.14, §1.15).
 */
import type { FileKind, PlistDocument } from '../model/document';
import type { FileContext } from '../context/types';
import type { LineIndex } from '../text/lineIndex';
import type { ProjectView } from '../project/types';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeverityOrOff = Severity | 'off';

export interface RuleMeta {
  /** Catalog position, e.g. `N26`. */
  id: string;
  /** Stable public code, e.g. `plist/invalid-value-format`. Never changes meaning. */
  code: string;
  family: string;
  /** Default severity (a rule with two severities passes the other one in `Finding.severity`). */
  severity: Severity;
  /** File kinds the rule runs on. */
  kinds: readonly FileKind[] | 'all';
  /** True when at least one quick fix exists. */
  fixable: boolean;
  /** True when its preferred fix takes part in "fix all" / `source.fixAll.nelint`. */
  fixAll?: boolean;
  /** One sentence for `nelint rules` and the docs. */
  description: string;
  /** Quote-bank IDs (`Q-D03`, `Q-U01`) shown in hovers and `nelint rules`, in catalog order. */
  guidance: readonly string[];
  /** `plist/` rules run even when the XML is not well-formed; all others are stopped by N28 (§1.5). */
  runsOnMalformed?: boolean;
  /** Precedence (§1.15): codes this rule wins over, at the same node or anywhere in the same file. */
  supersedes?: readonly { code: string; scope: 'node' | 'file' }[];
  /** Cross-file rules need a project model (they are silent without one). */
  needsProject?: boolean;
  /**
   * `payload`: every finding inside a `PayloadContent` payload depends only on that payload, the envelope and the
   * file context, and every finding outside the payloads only on the envelope. The language server then re-checks
   * just the payload an edit touched (engine/incremental.ts); other rules re-run on the whole document.
   */
  scope?: 'payload';
}

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface FileEdit {
  path: string;
  /** Edits as offsets into that file's text (as nelint read it). */
  edits: TextEdit[];
}

export interface Fix {
  title: string;
  preferred?: boolean;
  /** Edits to the document being linted. */
  edits: TextEdit[];
  /** Edits to other files (workspace edit), e.g. "apply to every entitlements file of this configuration". */
  otherFiles?: FileEdit[];
  /** Files the fix creates (workspace edit; never applied by `--fix`), e.g. a Developer ID entitlements variant. */
  createFiles?: { path: string; text: string }[];
  /** `newText` contains snippet placeholders (`${1:…}`); `--fix` skips such fixes. */
  snippet?: boolean;
  /** A command instead of (or after) the edits, e.g. `nelint.showDecodedContent`. */
  command?: { id: string; arguments?: unknown[] };
}

export interface RelatedLocation {
  /** Undefined = the same document. */
  path?: string;
  /** Needed to convert offsets of another document into positions. */
  lineIndex?: LineIndex;
  start: number;
  end: number;
  message: string;
}

/** What a rule reports. */
export interface Finding {
  start: number;
  end: number;
  message: string;
  /** Only for rules with two severities (e.g. `hint` under weak context). */
  severity?: Severity;
  data?: Record<string, unknown>;
  related?: RelatedLocation[];
  fixes?: Fix[];
  /** LSP `Unnecessary` tag (keys the system ignores). */
  unnecessary?: boolean;
  /**
   * The node this finding is about, for precedence (§1.15) when it differs from the reported range — e.g. a rule
   * that reports at `<key>TransparentProxy</key>` but concerns the whole entry, so it hides a generic finding on
   * the value. Defaults to `[start, end)`.
   */
  node?: { start: number; end: number };
}

export interface RuleContext {
  doc: PlistDocument;
  file: FileContext;
  /** Present only when a project model links this file to others (cross-file rules). */
  project?: ProjectView;
  report(finding: Finding): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
