/**
 * Recursive-descent parser for the code-signing requirement language (grammar: catalog N35). Nesting depth
 * is bounded so a pathological string cannot overflow the stack.
 */
import type {
  MatchOp,
  ParseResult,
  ReqClause,
  ReqError,
  ReqErrorKind,
  ReqExpr,
  ReqMatch,
  ReqValue,
  ReqWord,
} from './ast';
import { tokenize, type Token } from './lexer';

const MAX_DEPTH = 200;
const REQUIREMENT_SET_TYPES = new Set(['designated', 'host', 'guest', 'library', 'plugin']);
const CONSTANTS = new Set(['always', 'never', 'notarized', 'legacy']);
const NOT_VALUES = new Set(['and', 'or', 'not']);
const FIELD_PREFIX = /^(subject|issuer|field|policy)\./;
const COMPARISONS = new Set(['=', '<', '>', '<=', '>=']);

class Failure extends Error {
  constructor(readonly error: ReqError) {
    super(error.detail);
  }
}

function describe(t: Token): string {
  if (t.kind === 'eof') return 'end of requirement';
  return t.kind === 'punct' || t.kind === 'word' ? `"${t.raw}"` : t.raw;
}

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)];
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind === 'error') throw new Failure(t.error!);
    if (t.kind !== 'eof') this.i++;
    return t;
  }

  private is(text: string, kind: 'word' | 'punct' = 'word'): boolean {
    const t = this.peek();
    return t.kind === kind && t.text === text;
  }

  private fail(expected: string, t = this.peek(), kind: ReqErrorKind = 'unexpected-token'): never {
    if (t.kind === 'error') throw new Failure(t.error!);
    const found = describe(t);
    const end = t.kind === 'eof' ? t.start : t.end;
    throw new Failure({
      kind,
      start: t.start,
      end,
      expected,
      found,
      detail: `expected ${expected} but found ${found}`,
    });
  }

  private expectPunct(p: string): Token {
    if (!this.is(p, 'punct')) this.fail(`"${p}"`);
    return this.next();
  }

  parseRequirement(): ReqExpr {
    this.rejectRequirementSetPrefix();
    const expr = this.parseOr();
    const t = this.peek();
    if (t.kind !== 'eof') this.fail('"and", "or" or end of requirement', t);
    return expr;
  }

  /** `designated => …` is `codesign -d -r-` output (a requirement set), not a single requirement. */
  private rejectRequirementSetPrefix(): void {
    const [a, b] = [this.peek(0), this.peek(1)];
    if (a.kind === 'word' && REQUIREMENT_SET_TYPES.has(a.text) && b.kind === 'punct' && b.text === '=>') {
      throw new Failure({
        kind: 'requirement-set-prefix',
        start: a.start,
        end: b.end,
        expected: 'a requirement clause',
        found: `"${a.text} =>"`,
        detail: `"${a.text} =>" is requirement-set syntax from codesign output; the value is the requirement after it`,
      });
    }
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) this.fail('less deeply nested expressions');
  }

  private parseOr(): ReqExpr {
    return this.parseLogical('or', '||', () => this.parseAnd());
  }

  private parseAnd(): ReqExpr {
    return this.parseLogical('and', '&&', () => this.parseUnary());
  }

  private parseLogical(word: 'and' | 'or', symbol: string, operand: () => ReqExpr): ReqExpr {
    const first = operand();
    const operands = [first];
    while (this.is(word) || this.is(symbol, 'punct')) {
      this.next();
      operands.push(operand());
    }
    if (operands.length === 1) return first;
    return { type: word, operands, start: first.start, end: operands[operands.length - 1].end };
  }

  private parseUnary(): ReqExpr {
    if (this.is('!', 'punct') || this.is('not')) {
      const op = this.next();
      this.enter();
      const operand = this.parseUnary();
      this.depth--;
      return { type: 'not', operand, start: op.start, end: operand.end };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): ReqExpr {
    const t = this.peek();
    if (t.kind === 'punct' && t.text === '(') {
      this.next();
      this.enter();
      const expr = this.parseOr();
      this.depth--;
      if (!this.is(')', 'punct')) {
        const at = this.peek();
        this.fail('")"', at, at.kind === 'eof' ? 'missing-close-paren' : 'unexpected-token');
      }
      const close = this.next();
      return { type: 'group', expr, start: t.start, end: close.end };
    }
    if (t.kind === 'word') {
      const clause = this.parseClause(t);
      if (clause) return clause;
    }
    return this.fail('a requirement clause', t);
  }

  private parseClause(t: Token): ReqClause | undefined {
    switch (t.text) {
      case 'anchor':
        return this.parseAnchor();
      case 'certificate':
      case 'cert':
        return this.parseCertificate();
      case 'identifier':
      case 'cdhash': {
        this.next();
        if (this.is('=', 'punct')) this.next();
        const value = this.parseValue();
        return { type: t.text, value, start: t.start, end: value.end };
      }
      case 'info':
      case 'entitlement': {
        this.next();
        this.expectPunct('[');
        const key = this.parseValue();
        const close = this.expectPunct(']');
        const match = this.parseMatch();
        return { type: t.text, key, match, start: t.start, end: match?.end ?? close.end };
      }
      case 'platform': {
        this.next();
        this.expectPunct('=');
        const value = this.parseValue();
        return { type: 'platform', value, start: t.start, end: value.end };
      }
      default:
        if (!CONSTANTS.has(t.text)) return undefined;
        this.next();
        return { type: 'constant', name: t.text as 'always', start: t.start, end: t.end };
    }
  }

  private parseAnchor(): ReqClause {
    const kw = this.next();
    if (this.is('apple')) {
      let end = this.next().end;
      const generic = this.is('generic');
      if (generic) end = this.next().end;
      return { type: 'anchor', form: generic ? 'apple-generic' : 'apple', start: kw.start, end };
    }
    if (this.is('trusted')) return { type: 'anchor', form: 'trusted', start: kw.start, end: this.next().end };
    if (this.is('=', 'punct')) {
      this.next();
      const value = this.parseValue();
      return { type: 'anchor', form: 'equals', value, start: kw.start, end: value.end };
    }
    return this.fail('"apple", "trusted" or "="');
  }

  private parseCertificate(): ReqClause {
    const kw = this.next();
    const pos = this.peek();
    const isPosition = pos.kind === 'word' && (/^(leaf|root|anchor)$/.test(pos.text) || /^-?[0-9]+$/.test(pos.text));
    if (!isPosition) this.fail('a certificate position (leaf, root, anchor or a number)');
    this.next();
    const position: ReqWord = { text: pos.text, start: pos.start, end: pos.end };
    if (this.is('trusted')) {
      return { type: 'certificate', position, form: 'trusted', start: kw.start, end: this.next().end };
    }
    if (this.is('=', 'punct')) {
      this.next();
      const value = this.parseValue();
      return { type: 'certificate', position, form: 'equals', value, start: kw.start, end: value.end };
    }
    if (!this.is('[', 'punct')) this.fail('"[", "=" or "trusted"');
    this.next();
    const f = this.peek();
    if (f.kind !== 'word' || !FIELD_PREFIX.test(f.text)) {
      this.fail('a certificate field (subject.…, issuer.…, field.…)');
    }
    this.next();
    const field: ReqWord = { text: f.text, start: f.start, end: f.end };
    const close = this.expectPunct(']');
    const match = this.parseMatch(true);
    return {
      type: 'certificate',
      position,
      form: 'field',
      field,
      match,
      start: kw.start,
      end: match?.end ?? close.end,
    };
  }

  private parseMatch(allowPlaceholder = false): ReqMatch | undefined {
    const t = this.peek();
    if (t.kind === 'word' && (t.text === 'exists' || t.text === 'absent')) {
      this.next();
      return { op: t.text, start: t.start, end: t.end };
    }
    if (t.kind === 'punct' && COMPARISONS.has(t.text)) {
      this.next();
      const value = (allowPlaceholder && this.parsePlaceholder()) || this.parseValue();
      return { op: t.text as MatchOp, value, start: t.start, end: value.end };
    }
    return undefined;
  }

  /** `<WORD>` written without spaces, e.g. `<TEAMID>` copied from documentation. */
  private parsePlaceholder(): ReqValue | undefined {
    const [lt, word, gt] = [this.peek(0), this.peek(1), this.peek(2)];
    const contiguous = word.start === lt.end && gt.start === word.end;
    if (lt.kind !== 'punct' || lt.text !== '<' || word.kind !== 'word' || gt.kind !== 'punct' || gt.text !== '>') {
      return undefined;
    }
    if (!contiguous) return undefined;
    this.i += 3;
    const text = `<${word.text}>`;
    return { kind: 'placeholder', text, start: lt.start, end: gt.end, innerStart: lt.start, innerEnd: gt.end };
  }

  private parseValue(): ReqValue {
    const t = this.peek();
    if (t.kind === 'string' || t.kind === 'hash') {
      this.next();
      const innerStart = t.kind === 'hash' ? t.start + 2 : t.start + 1;
      return { kind: t.kind, text: t.text, start: t.start, end: t.end, innerStart, innerEnd: t.end - 1 };
    }
    if (t.kind === 'word' && !NOT_VALUES.has(t.text)) {
      this.next();
      const kind = /^-?[0-9]+$/.test(t.text) ? 'integer' : 'word';
      return { kind, text: t.text, start: t.start, end: t.end, innerStart: t.start, innerEnd: t.end };
    }
    return this.fail('a value (a quoted string, a word, a number or H"…")', t);
  }
}

/** Parses one requirement (the text of a `<string>` after entity decoding). Never throws. */
export function parseRequirement(text: string): ParseResult {
  try {
    return { ok: true, ast: new Parser(tokenize(text)).parseRequirement() };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, error: e.error };
    throw e;
  }
}
