/**
 * Syntax tree of Apple's code-signing requirement language (catalog N35). Every offset is a UTF-16 index
 * into the DECODED requirement string (the `<string>` text after entity decoding), half-open `[start, end)`.
 * Callers map offsets back into the XML source (entities such as `&quot;` change lengths).
 */

export interface ReqSpan {
  start: number;
  end: number;
}

/**
 * A literal operand: `"quoted"`, `unquoted-word`, `-1`, `H"hex"`. `placeholder` is a `<…>` token (e.g.
 * `<TEAMID>`), accepted only as a certificate field's comparison value so that requirement/placeholder-team-id
 * (not a syntax error) explains it.
 */
export interface ReqValue extends ReqSpan {
  kind: 'string' | 'word' | 'integer' | 'hash' | 'placeholder';
  /** Decoded text: quotes removed and escapes resolved; for hashes the hex digits. */
  text: string;
  /** Span of the text between the quotes (same as the token for words and integers). */
  innerStart: number;
  innerEnd: number;
}

export type MatchOp = 'exists' | 'absent' | '=' | '<' | '>' | '<=' | '>=';

/** `exists`, `absent` or a comparison with a value, after `info[…]`, `entitlement[…]`, `certificate …[…]`. */
export interface ReqMatch extends ReqSpan {
  op: MatchOp;
  value?: ReqValue;
}

/** A word token kept with its span (keywords, certificate positions, field names). */
export interface ReqWord extends ReqSpan {
  text: string;
}

export interface ReqLogical extends ReqSpan {
  type: 'and' | 'or';
  operands: ReqExpr[];
}

export interface ReqNot extends ReqSpan {
  type: 'not';
  operand: ReqExpr;
}

export interface ReqGroup extends ReqSpan {
  type: 'group';
  expr: ReqExpr;
}

export interface ReqAnchor extends ReqSpan {
  type: 'anchor';
  form: 'apple' | 'apple-generic' | 'trusted' | 'equals';
  value?: ReqValue;
}

export interface ReqCertificate extends ReqSpan {
  type: 'certificate';
  /** `leaf`, `root`, `anchor` or an integer (possibly negative). */
  position: ReqWord;
  form: 'trusted' | 'equals' | 'field';
  /** For `certificate X = value`. */
  value?: ReqValue;
  /** For `certificate X[field]`: e.g. `subject.OU`, `field.1.2.840.113635.100.6.2.6`. */
  field?: ReqWord;
  /** Absent when the field clause has no match (presence test, as `codesign` prints it). */
  match?: ReqMatch;
}

export interface ReqIdentifier extends ReqSpan {
  type: 'identifier';
  value: ReqValue;
}

export interface ReqCdhash extends ReqSpan {
  type: 'cdhash';
  value: ReqValue;
}

export interface ReqKeyed extends ReqSpan {
  type: 'info' | 'entitlement';
  key: ReqValue;
  match?: ReqMatch;
}

export interface ReqPlatform extends ReqSpan {
  type: 'platform';
  value: ReqValue;
}

export interface ReqConstant extends ReqSpan {
  type: 'constant';
  name: 'always' | 'never' | 'notarized' | 'legacy';
}

export type ReqClause = ReqAnchor | ReqCertificate | ReqIdentifier | ReqCdhash | ReqKeyed | ReqPlatform | ReqConstant;

export type ReqExpr = ReqLogical | ReqNot | ReqGroup | ReqClause;

/** Why parsing stopped; `kind` lets rules offer the catalog's dedicated quick fixes. */
export type ReqErrorKind =
  | 'requirement-set-prefix'
  | 'unterminated-comment'
  | 'unterminated-string'
  | 'typographic-quote'
  | 'unexpected-character'
  | 'missing-close-paren'
  | 'unexpected-token';

export interface ReqError extends ReqSpan {
  kind: ReqErrorKind;
  /** What the parser expected, e.g. `")"`, `a requirement clause`. */
  expected: string;
  /** What it found, e.g. `end of requirement`, `"and"`. */
  found: string;
  /** Human-readable detail, e.g. `expected ")" but found end of requirement`. */
  detail: string;
}

export type ParseResult = { ok: true; ast: ReqExpr } | { ok: false; error: ReqError };
