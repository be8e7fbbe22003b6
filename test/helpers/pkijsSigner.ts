/**
 * CMS SignedData built with pkijs and node:crypto, for machines without `openssl` (fixtures.ts falls back to
 * it) and to test the same decoder against a second, independent encoder. Signed attributes carry
 * contentType, signingTime and messageDigest like `openssl cms -sign`; `stream` writes BER
 * indefinite lengths with the content split into 1,000-byte chunks.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type * as Asn1js from 'asn1js' with { 'resolution-mode': 'import' };
import type * as Pkijs from 'pkijs' with { 'resolution-mode': 'import' };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const asn1js = require('asn1js') as typeof Asn1js;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkijs = require('pkijs') as typeof Pkijs;

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsa: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  commonName: '2.5.4.3',
};

let identity: { cert: Pkijs.Certificate; key: KeyObject; cn: string } | undefined;

function makeIdentity(cn: string): { cert: Pkijs.Certificate; key: KeyObject; cn: string } {
  if (identity?.cn === cn) return identity;
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const name = () =>
    new pkijs.RelativeDistinguishedNames({
      typesAndValues: [
        new pkijs.AttributeTypeAndValue({ type: OID.commonName, value: new asn1js.Utf8String({ value: cn }) }),
      ],
    });
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ value: 4242 });
  cert.issuer = name();
  cert.subject = name();
  cert.notBefore.value = new Date();
  cert.notAfter.value = new Date(Date.now() + 2 * 86_400_000);
  cert.subjectPublicKeyInfo = pkijs.PublicKeyInfo.fromBER(publicKey.export({ type: 'spki', format: 'der' }));
  cert.signature = new pkijs.AlgorithmIdentifier({
    algorithmId: OID.sha256WithRsa,
    algorithmParams: new asn1js.Null(),
  });
  cert.signatureAlgorithm = new pkijs.AlgorithmIdentifier({
    algorithmId: OID.sha256WithRsa,
    algorithmParams: new asn1js.Null(),
  });
  const tbs = Buffer.from(cert.encodeTBS().toBER(false));
  cert.tbsView = new Uint8Array(tbs); // what Certificate.sign() would keep for toSchema()
  cert.signatureValue = new asn1js.BitString({ valueHex: sign('sha256', tbs, privateKey) });
  identity = { cert, key: privateKey, cn };
  return identity;
}

export interface PkijsSignOptions {
  detached?: boolean;
  stream?: boolean;
}

export function signWithPkijs(content: Uint8Array, cn: string, opts: PkijsSignOptions = {}): Uint8Array {
  const { cert, key } = makeIdentity(cn);
  const attributes = [
    new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
    new pkijs.Attribute({ type: OID.signingTime, values: [new asn1js.UTCTime({ valueDate: new Date() })] }),
    new pkijs.Attribute({
      type: OID.messageDigest,
      values: [new asn1js.OctetString({ valueHex: createHash('sha256').update(content).digest() })],
    }),
  ];
  const toSign = Buffer.from(new asn1js.Set({ value: attributes.map((a) => a.toSchema()) }).toBER(false));
  const signer = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.rsa }),
    signature: new asn1js.OctetString({ valueHex: sign('sha256', toSign, key) }),
  });
  // pkijs re-chunks a primitive eContent into a constructed OCTET STRING (65,536-byte pieces, definite
  // lengths); with `stream` the chunks are ours and the lengths indefinite. Detached: no eContent key at all.
  const encap = opts.detached
    ? new pkijs.EncapsulatedContentInfo({ eContentType: OID.data })
    : new pkijs.EncapsulatedContentInfo({ eContentType: OID.data, eContent: octetString(content, !!opts.stream) });
  const signed = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    encapContentInfo: encap,
    certificates: [cert],
    signerInfos: [signer],
  });
  const info = new pkijs.ContentInfo({ contentType: OID.signedData, content: signed.toSchema(true) });
  const schema = info.toSchema();
  if (opts.stream) schema.lenBlock.isIndefiniteForm = true;
  return new Uint8Array(schema.toBER(false));
}

function octetString(content: Uint8Array, chunked: boolean): Asn1js.OctetString {
  if (!chunked) return new asn1js.OctetString({ valueHex: content });
  const chunks: Asn1js.OctetString[] = [];
  for (let i = 0; i < content.length; i += 1000) {
    chunks.push(new asn1js.OctetString({ valueHex: content.slice(i, i + 1000) }));
  }
  return new asn1js.OctetString({
    idBlock: { isConstructed: true },
    lenBlock: { isIndefiniteForm: true },
    value: chunks,
  });
}
