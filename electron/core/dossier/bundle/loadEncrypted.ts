import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFParser,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import { passwordCandidates } from '../../workers/pdfText/passwordCandidates';
import { decryptBytes, fileKey, type CryptMethod, type SecurityDict } from './standardSecurity';

/**
 * Opens an encrypted PDF with pdf-lib by decrypting every object as it is parsed.
 *
 * A first pass (pdf-lib's ignoreEncryption) reads the trailer's /Encrypt and /ID, from which the
 * password gives the file key. A second parse decrypts each indirect object's strings and streams
 * right after the object is read, before pdf-lib unpacks object streams (which are encrypted as a
 * whole). The result is an ordinary, unencrypted document whose pages can be copied.
 */

export type EncryptedLoad =
  { ok: true; doc: PDFDocument } | { ok: false; reason: 'password_wrong' | 'unsupported' };

/** The parser's private hook, reached by name: pdf-lib offers no decryption hook. */
interface ParserInternals {
  parseIndirectObjectHeader(): PDFRef;
  parseObject(): PDFObject;
}

export async function loadEncrypted(bytes: Uint8Array, password: string): Promise<EncryptedLoad> {
  const probe = await PDFDocument.load(bytes, {
    ignoreEncryption: true,
    updateMetadata: false,
    parseSpeed: ParseSpeeds.Fastest,
  });
  const { Encrypt, ID } = probe.context.trailerInfo;
  const encryptRef = Encrypt instanceof PDFRef ? Encrypt : null;
  const encrypt = probe.context.lookup(Encrypt);
  if (!(encrypt instanceof PDFDict)) return { ok: false, reason: 'unsupported' };
  const security = securityDict(encrypt, probe.context.lookup(ID));
  if (!security) return { ok: false, reason: 'unsupported' };

  let key: Buffer | null = null;
  for (const candidate of passwordForms(password)) {
    key = fileKey(security, candidate);
    if (key) break;
  }
  if (!key) return { ok: false, reason: 'password_wrong' };
  const fileKeyBytes = key;

  const parser = PDFParser.forBytesWithOptions(bytes, Infinity, false);
  const internals = parser as unknown as ParserInternals;
  const readHeader = internals.parseIndirectObjectHeader.bind(parser);
  const readObject = internals.parseObject.bind(parser);
  let pending: PDFRef | null = null;
  internals.parseIndirectObjectHeader = () => {
    pending = readHeader();
    return pending;
  };
  // Nested values are parsed by the same method: only the call right after a header is an
  // indirect object's top level.
  internals.parseObject = () => {
    const ref = pending;
    pending = null;
    const object = readObject();
    if (!ref || (encryptRef && ref === encryptRef)) return object;
    return decryptObject(object, ref, security, fileKeyBytes);
  };
  const context = await parser.parseDocument();
  // Nothing in the copy refers to it any more; pdf-lib must not think the file is encrypted.
  context.trailerInfo.Encrypt = undefined;
  const doc = Reflect.construct(PDFDocument, [context, false, false]) as PDFDocument;
  return { ok: true, doc };
}

/** The typed password as the byte strings it may have been encrypted with. */
function passwordForms(password: string): Uint8Array[] {
  const forms: Buffer[] = [];
  for (const candidate of passwordCandidates(password)) {
    if (candidate === undefined) continue;
    // passwordCandidates gives byte strings for pdf.js (one char per byte) and Unicode strings.
    if ([...candidate].every((char) => char.charCodeAt(0) < 256)) {
      forms.push(Buffer.from(candidate, 'latin1'));
    }
    forms.push(Buffer.from(candidate, 'utf8'));
  }
  return forms.filter((form, index) => forms.findIndex((other) => other.equals(form)) === index);
}

function securityDict(encrypt: PDFDict, id: PDFObject | undefined): SecurityDict | null {
  const filter = encrypt.lookup(PDFName.of('Filter'));
  if (filter !== PDFName.of('Standard')) return null;
  const number = (name: string, fallback: number) => {
    const value = encrypt.lookup(PDFName.of(name));
    return value instanceof PDFNumber ? value.asNumber() : fallback;
  };
  const bytes = (name: string) => {
    const value = encrypt.lookup(PDFName.of(name));
    return value instanceof PDFString || value instanceof PDFHexString ? value.asBytes() : null;
  };
  const v = number('V', 0);
  const revision = number('R', 2);
  const o = bytes('O');
  const u = bytes('U');
  const firstIdObject = id instanceof PDFArray ? id.lookup(0) : undefined;
  const firstId =
    firstIdObject instanceof PDFString || firstIdObject instanceof PDFHexString
      ? firstIdObject.asBytes()
      : new Uint8Array();
  if (!o || !u || revision < 2 || revision > 6) return null;
  let streams: CryptMethod = v >= 5 ? 'aes256' : 'rc4';
  let strings: CryptMethod = streams;
  if (v >= 4) {
    const filters = encrypt.lookup(PDFName.of('CF'));
    const method = (name: PDFObject | undefined): CryptMethod | null => {
      if (!(name instanceof PDFName) || name === PDFName.of('Identity')) return 'none';
      const filterDict = filters instanceof PDFDict ? filters.lookup(name) : undefined;
      const cfm = filterDict instanceof PDFDict ? filterDict.lookup(PDFName.of('CFM')) : undefined;
      if (cfm === PDFName.of('AESV2')) return 'aes128';
      if (cfm === PDFName.of('AESV3')) return 'aes256';
      if (cfm === PDFName.of('V2')) return 'rc4';
      if (cfm === undefined || cfm === PDFName.of('None')) return 'none';
      return null;
    };
    const streamMethod = method(encrypt.lookup(PDFName.of('StmF')));
    const stringMethod = method(encrypt.lookup(PDFName.of('StrF')));
    if (!streamMethod || !stringMethod) return null;
    streams = streamMethod;
    strings = stringMethod;
  }
  const encryptMetadata = encrypt.lookup(PDFName.of('EncryptMetadata'));
  const oe = bytes('OE');
  const ue = bytes('UE');
  return {
    revision,
    length: v === 1 ? 5 : Math.max(5, Math.min(16, Math.floor(number('Length', 40) / 8))),
    o,
    u,
    oe,
    ue,
    p: number('P', 0),
    encryptMetadata: encryptMetadata?.toString() !== 'false',
    firstId,
    streams,
    strings,
  };
}

function decryptObject(
  object: PDFObject,
  ref: PDFRef,
  security: SecurityDict,
  key: Buffer,
): PDFObject {
  const decryptString = (value: PDFString | PDFHexString) =>
    PDFHexString.of(
      Buffer.from(
        decryptBytes(
          security.strings,
          key,
          ref.objectNumber,
          ref.generationNumber,
          value.asBytes(),
        ),
      ).toString('hex'),
    );
  const walk = (value: PDFObject): PDFObject => {
    if (value instanceof PDFString || value instanceof PDFHexString) return decryptString(value);
    if (value instanceof PDFArray) {
      for (let index = 0; index < value.size(); index++) value.set(index, walk(value.get(index)));
      return value;
    }
    if (value instanceof PDFDict) {
      for (const [name, entry] of value.entries()) value.set(name, walk(entry));
      return value;
    }
    return value;
  };
  if (object instanceof PDFRawStream) {
    const type = object.dict.lookup(PDFName.of('Type'));
    // Cross-reference streams are never encrypted, nor metadata when the file says so.
    if (type === PDFName.of('XRef')) return object;
    walk(object.dict);
    if (type === PDFName.of('Metadata') && !security.encryptMetadata) return object;
    const contents = decryptBytes(
      security.streams,
      key,
      ref.objectNumber,
      ref.generationNumber,
      object.contents,
    );
    return PDFRawStream.of(object.dict, contents);
  }
  return walk(object);
}
