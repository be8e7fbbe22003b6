/**
 * Tokenizer for the code-signing requirement language (catalog N35). Offsets index the decoded string.
 * Lexing stops at the first bad character; the parser reports that error when it reaches it, so the error
 * shown is always the leftmost one.
 */
import type { ReqError } from './ast';

export type TokenKind = 'word' | 'string' | 'hash' | 'punct' | 'eof' | 'error';

export interface Token {
  kind: TokenKind;
  /** Source text of the token (for strings: with quotes). */
  raw: string;
  /** Decoded value: string contents without quotes/escapes, hash digits, or the raw text. */
  text: string;
  start: number;
  end: number;
  /** Present on the `error` token. */
  error?: ReqError;
}

// ASCII lookup tables: lexing runs once per requirement string of a profile that may hold thousands.
const WORD_START = asciiTable('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_*');
const WORD_CHAR = asciiTable('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_*./-');

function asciiTable(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}

function isIn(table: Uint8Array, s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 && table[c] === 1;
}

function isSpace(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(s[i]));
}
const HEX = /^[0-9A-Fa-f]*$/;
const TYPOGRAPHIC_QUOTES = new Set(['\u201C', '\u201D', '\u201E', '\u2018', '\u2019']);
const TWO_CHAR_PUNCT = ['<=', '>=', '&&', '||', '=>'];
const ONE_CHAR_PUNCT = '()[]!=<>';

function lexError(kind: ReqError['kind'], start: number, end: number, found: string, detail: string): Token {
  const error: ReqError = { kind, start, end, expected: 'a token', found, detail };
  return { kind: 'error', raw: '', text: '', start, end, error };
}

/** Skips whitespace and comments; returns the new index or an error token for an unterminated comment. */
function skipTrivia(s: string, i: number): number | Token {
  for (;;) {
    while (i < s.length && isSpace(s, i)) i++;
    if (s.startsWith('/*', i)) {
      const close = s.indexOf('*/', i + 2);
      if (close < 0) return lexError('unterminated-comment', i, s.length, '"/*"', 'unterminated comment "/*"');
      i = close + 2;
    } else if (s.startsWith('//', i)) {
      const nl = s.indexOf('\n', i);
      i = nl < 0 ? s.length : nl + 1;
    } else {
      return i;
    }
  }
}

function lexString(s: string, start: number, quote: number): Token {
  let text = '';
  let i = quote + 1;
  while (i < s.length && s[i] !== '"') {
    if (s[i] === '\\' && i + 1 < s.length) i++;
    text += s[i++];
  }
  if (i >= s.length) {
    return lexError('unterminated-string', start, s.length, 'end of requirement', 'unterminated string literal');
  }
  const kind = quote > start ? 'hash' : 'string';
  if (kind === 'hash' && !HEX.test(text)) {
    return lexError(
      'unexpected-token',
      start,
      i + 1,
      s.slice(start, i + 1),
      'a hash H"…" must contain hex digits only',
    );
  }
  return { kind, raw: s.slice(start, i + 1), text, start, end: i + 1 };
}

function lexOne(s: string, i: number): Token {
  const c = s[i];
  if (c === '"') return lexString(s, i, i);
  if (c === 'H' && s[i + 1] === '"') return lexString(s, i, i + 1);
  if (isIn(WORD_START, s, i) || (c === '-' && /[0-9]/.test(s[i + 1] ?? ''))) {
    let j = i + 1;
    while (j < s.length && isIn(WORD_CHAR, s, j)) j++;
    const raw = s.slice(i, j);
    return { kind: 'word', raw, text: raw, start: i, end: j };
  }
  const two = s.slice(i, i + 2);
  if (TWO_CHAR_PUNCT.includes(two)) return { kind: 'punct', raw: two, text: two, start: i, end: i + 2 };
  if (ONE_CHAR_PUNCT.includes(c)) return { kind: 'punct', raw: c, text: c, start: i, end: i + 1 };
  const cp = s.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  const end = i + ch.length;
  if (TYPOGRAPHIC_QUOTES.has(ch)) {
    return lexError('typographic-quote', i, end, `'${ch}'`, `unexpected character '${ch}' (typographic quote; use ")`);
  }
  return lexError('unexpected-character', i, end, `'${ch}'`, `unexpected character '${ch}'`);
}

/** All tokens up to `eof`, or up to and including an `error` token. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  for (;;) {
    const next = skipTrivia(s, i);
    if (typeof next !== 'number') {
      out.push(next);
      return out;
    }
    i = next;
    if (i >= s.length) {
      out.push({ kind: 'eof', raw: '', text: '', start: s.length, end: s.length });
      return out;
    }
    const tok = lexOne(s, i);
    out.push(tok);
    if (tok.kind === 'error') return out;
    i = tok.end;
  }
}
