/**
 * XML-level syntax tree produced by the tolerant scanner. Every offset is a UTF-16 index into the
 * document text (a JS string index), half-open `[start, end)`. Nothing here is plist-specific.
 */

export interface Span {
  start: number;
  end: number;
}

export interface XmlAttribute extends Span {
  name: string;
  /** Decoded value; `undefined` when the attribute has no (or an unquoted) value. */
  value: string | undefined;
  quoted: boolean;
}

/**
 * The parser builds these as `ElementNode`s (parser/xmlElement.ts): `open`, `close`, `children`,
 * `selfClosing` and `unclosed` are accessors over plain fields, and `open`/`close` return a fresh span on
 * every read (compare offsets, never span identities). The tree is read-only outside the parser.
 */
export interface XmlElement extends Span {
  type: 'element';
  name: string;
  attributes: XmlAttribute[];
  /** The open tag `<name …>` or `<name/>`. */
  open: Span;
  /** The close tag `</name>`; absent for self-closing or unclosed elements. */
  close?: Span;
  selfClosing: boolean;
  /** True when the element was closed implicitly by recovery (missing or mismatched end tag). */
  unclosed: boolean;
  children: XmlChild[];
  parent: XmlElement | null;
}

export interface XmlText extends Span {
  type: 'text';
  /** Entity-decoded text. Use `sourceOffsetOfTextIndex` (parser/entities) to map back into the source. */
  value: string;
  /** True when the raw source contained `&…;` references or CDATA (decoded value differs from source slice). */
  hasReferences: boolean;
}

export interface XmlComment extends Span {
  type: 'comment';
  /** The text between `<!--` and `-->`. */
  body: string;
  /** True when the comment has no closing `-->` (recovered at end of file). */
  unclosed: boolean;
}

export interface XmlCData extends Span {
  type: 'cdata';
  value: string;
}

export interface XmlProcessingInstruction extends Span {
  type: 'pi';
  target: string;
  body: string;
}

export type XmlChild = XmlElement | XmlText | XmlComment | XmlCData | XmlProcessingInstruction;

export interface XmlDoctype extends Span {
  name: string;
  publicId?: string;
  systemId?: string;
  /** The `[ … ]` internal subset, if any; never expanded. */
  internalSubset?: Span;
  /** Names of entities declared in the internal subset (for the "entities are not expanded" diagnostic). */
  declaredEntities: string[];
  /** True when the DOCTYPE syntax is malformed (e.g. unquoted system literal). */
  malformed: boolean;
}

export interface XmlDeclaration extends Span {
  version?: string;
  encoding?: string;
}

/** A well-formedness or structure problem found while scanning. `code` is a nelint rule code. */
export interface SyntaxIssue extends Span {
  code: string;
  message: string;
  /** Optional severity override for rules with two severities. */
  severity?: 'error' | 'warning' | 'info' | 'hint';
  /** Extra facts for quick fixes (e.g. `{ kind: 'unescaped-amp' }`). */
  data?: Record<string, unknown>;
  related?: { start: number; end: number; message: string }[];
}

export interface XmlDocument {
  declaration?: XmlDeclaration;
  doctype?: XmlDoctype;
  /** Top-level nodes in source order (comments, PIs, the root element, stray text). */
  children: XmlChild[];
  /** The first top-level element. */
  root: XmlElement | null;
  comments: XmlComment[];
  issues: SyntaxIssue[];
}
