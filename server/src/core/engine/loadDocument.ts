/**
 * Turns bytes or editor text into a `PlistDocument`: binary plists and CMS containers are decoded into a
 * read-only XML rendering (container/), text is decoded (BOM, UTF-16, `encoding=`) and parsed by the
 * tolerant XML plist parser (parser/). Never throws.
 */
import type { PlistDocument } from '../model/document';
import { parsePlistText } from '../parser/parsePlist';
import { decodeBytes } from '../parser/decodeText';
import { loadContainer, sniffContainer } from '../container/loadContainer';

export function loadDocumentFromText(path: string, text: string, version?: number): PlistDocument {
  // Editors hand us text with the BOM already removed; strip a stray one so offsets match what the user sees.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doc = parsePlistText(body, path);
  if (version !== undefined) doc.version = version;
  return doc;
}

export function loadDocumentFromBytes(path: string, bytes: Uint8Array): PlistDocument {
  const sniffed = sniffContainer(bytes);
  if (sniffed !== 'text') return loadContainer(path, bytes);
  const decoded = decodeBytes(bytes);
  const doc = parsePlistText(decoded.text, path, decoded.encoding);
  if (decoded.issues.length) doc.xml.issues.unshift(...decoded.issues);
  return doc;
}
