/**
 * CMS / PKCS#7 `SignedData` envelope reader (signed configuration profiles, provisioning profiles), built on
 * the maintained `asn1js` (BER/DER) and `pkijs` (CMS schemas) libraries.
 *
 * It extracts the encapsulated content and the signer's identity for display. It does NOT verify the
 * signature or the certificate chain, and nothing built on it may claim that it does.
 *
 * Both libraries ship as ES modules only while this project compiles to CommonJS; Node ≥ 20.19 loads them
 * with `require()` and esbuild inlines them into the bundles, so they are required here with type-only
 * imports for the types.
 */
import type * as Asn1js from 'asn1js' with { 'resolution-mode': 'import' };
import type * as Pkijs from 'pkijs' with { 'resolution-mode': 'import' };

interface Libraries {
  asn1js: typeof Asn1js;
  pkijs: typeof Pkijs;
}
let libraries: Libraries | undefined;

/** Loaded on first use: most files are XML, and loading pkijs costs start-up time. */
function lib(): Libraries {
  libraries ??= {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    asn1js: require('asn1js') as typeof Asn1js,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    pkijs: require('pkijs') as typeof Pkijs,
  };
  return libraries;
}

const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_COMMON_NAME = '2.5.4.3';
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';

export interface SignedContent {
  /** The encapsulated content (`eContent`), chunks of a constructed OCTET STRING joined. */
  content: Uint8Array;
  /** Subject CN of the signer's certificate (the first signer), when the certificate is included. */
  signerCommonName?: string;
  /** The signer's `signingTime` signed attribute, when present. */
  signingTime?: Date;
}

export type CmsResult = { ok: true; value: SignedContent } | { ok: false; reason: string };

class CmsError extends Error {}

export function decodeSignedData(bytes: Uint8Array): CmsResult {
  try {
    return { ok: true, value: readSignedData(bytes) };
  } catch (e) {
    if (e instanceof CmsError) return { ok: false, reason: e.message };
    // pkijs throws plain Errors when a structure does not match its schema.
    return { ok: false, reason: `not a valid CMS SignedData envelope (${(e as Error).message})` };
  }
}

function readSignedData(bytes: Uint8Array): SignedContent {
  const { asn1js, pkijs } = lib();
  const parsed = asn1js.fromBER(bytes, berLimits(bytes.length));
  if (parsed.offset === -1 || parsed.result.error) {
    throw new CmsError(`the CMS envelope is truncated or corrupt (${parsed.result.error || 'BER decoding failed'})`);
  }
  const info = new pkijs.ContentInfo({ schema: parsed.result });
  if (info.contentType !== OID_SIGNED_DATA) {
    throw new CmsError(`the DER structure is not CMS SignedData (content type ${info.contentType})`);
  }
  const signed = new pkijs.SignedData({ schema: info.content });
  const eContent = signed.encapContentInfo.eContent;
  if (!eContent) throw new CmsError('the CMS signature is detached (no encapsulated content)');
  const signer = signed.signerInfos[0];
  return {
    content: octets(eContent),
    signerCommonName: signer ? signerCommonName(signed, signer) : undefined,
    signingTime: signer ? signingTime(signer) : undefined,
  };
}

/**
 * asn1js' resource limits scaled to the input: its defaults (10,000 nodes, 16 MB) reject large signed
 * profiles, whose streamed (BER) form splits the content into many small chunks. No embedded parsing:
 * the content is a plist, not ASN.1.
 */
function berLimits(length: number): { maxNodes: number; maxContentLength: number; parseEmbedded: boolean } {
  return { maxNodes: 10_000 + Math.ceil(length / 64), maxContentLength: length, parseEmbedded: false };
}

/** Joins a primitive or constructed (BER, possibly nested) OCTET STRING into one byte array. */
function octets(os: Asn1js.OctetString): Uint8Array {
  const parts: Uint8Array[] = [];
  const stack: Asn1js.BaseBlock[] = [os];
  while (stack.length) {
    const b = stack.pop()!;
    if (b.idBlock.isConstructed) {
      const children = (b.valueBlock as unknown as { value: Asn1js.BaseBlock[] }).value;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    } else {
      parts.push(new Uint8Array((b.valueBlock as unknown as { valueHexView: Uint8Array }).valueHexView));
    }
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The certificate named by the signer identifier (issuer + serial, or subject key id), else the only one. */
function signerCertificate(signed: Pkijs.SignedData, signer: Pkijs.SignerInfo): Pkijs.Certificate | undefined {
  const { pkijs } = lib();
  const certs = (signed.certificates ?? []).filter((c): c is Pkijs.Certificate => c instanceof pkijs.Certificate);
  const sid = signer.sid;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    const hit = certs.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber));
    if (hit) return hit;
  }
  return certs.length === 1 ? certs[0] : undefined;
}

function signerCommonName(signed: Pkijs.SignedData, signer: Pkijs.SignerInfo): string | undefined {
  const cert = signerCertificate(signed, signer);
  const cn = cert?.subject.typesAndValues.find((t) => t.type === OID_COMMON_NAME);
  const text = (cn?.value.valueBlock as { value?: unknown } | undefined)?.value;
  return typeof text === 'string' ? text : undefined;
}

function signingTime(signer: Pkijs.SignerInfo): Date | undefined {
  const attr = signer.signedAttrs?.attributes.find((a) => a.type === OID_SIGNING_TIME);
  const v = attr?.values[0] as { toDate?: () => Date } | undefined;
  const d = typeof v?.toDate === 'function' ? v.toDate() : undefined;
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
}
