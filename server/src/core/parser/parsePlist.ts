/**
 * Text → `PlistDocument`: the tolerant XML parser (xmlParser) then the plist builder (plistBuilder).
 * All syntax and structure issues end up in `doc.xml.issues`. Never throws on any input.
 */
import type { PlistDocument, TextEncodingInfo } from '../model/document';
import type { XmlDocument } from '../model/xml';
import { LineIndex } from '../text/lineIndex';
import { decodeBytes, detectTextEol } from './decodeText';
import { NOT_WELL_FORMED } from './issues';
import { buildPlist } from './plistBuilder';
import { parseDirect } from './directPlist';
import { parseXml } from './xmlParser';

export function parsePlistText(text: string, path: string, encoding?: TextEncodingInfo): PlistDocument {
  const enc: TextEncodingInfo = encoding ?? { encoding: 'utf-8', bom: false, eol: detectTextEol(text) };
  let xml: XmlDocument;
  let root: PlistDocument['root'] = null;
  try {
    // A clean plist (nearly every file) is read by the direct path; anything it does not accept, by the
    // tolerant parser and builder, which report what is wrong.
    const direct = parseDirect(text);
    if (direct) {
      xml = direct.xml;
      root = direct.root;
    } else {
      xml = parseXml(text);
      const built = buildPlist(xml.root);
      root = built.root;
      xml.issues.push(...built.issues);
    }
  } catch (e) {
    // A parser bug must not take the linter down: report it as a syntax problem on the whole file.
    xml = {
      children: [],
      root: null,
      comments: [],
      issues: [
        {
          code: NOT_WELL_FORMED,
          start: 0,
          end: 0,
          message: `internal parser error: ${String(e)}`,
          data: { kind: 'internal-error' },
        },
      ],
    };
    root = null;
  }
  return { path, text, container: 'xml', encoding: enc, xml, root, lineIndex: new LineIndex(text) };
}

/** Bytes of an XML plist (any supported text encoding) → document, decoding issues included. */
export function parsePlistBytes(bytes: Uint8Array, path: string): PlistDocument {
  const decoded = decodeBytes(bytes);
  const doc = parsePlistText(decoded.text, path, decoded.encoding);
  if (decoded.issues.length) doc.xml.issues.unshift(...decoded.issues);
  return doc;
}
