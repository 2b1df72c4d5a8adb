import { inflateSync } from 'node:zlib';
import { readZipEntry, zipEntries } from './zip-entries.rules';

/**
 * Documents that can run code are refused whatever their type: Office files with VBA macros or
 * ActiveX controls, and PDFs with JavaScript or launch actions. Pure: judged from the bytes.
 */
export type ActiveContent = 'FILES.MACRO_NOT_ALLOWED' | 'FILES.SCRIPT_NOT_ALLOWED';

const MACRO_PART = /(^|\/)(vbaProject\.bin|vbaData\.xml)$|(^|\/)activeX\//i;
const INFLATE_LIMIT = 16 * 1024 * 1024;

function officeMacros(bytes: Buffer, sniffedMime: string): boolean {
  if (/macroenabled/i.test(sniffedMime)) return true;
  const entries = zipEntries(bytes);
  // Unreadable directory: fall back to the names in the local headers.
  if (!entries) return /vbaProject\.bin/i.test(bytes.toString('latin1'));
  if (entries.some((e) => MACRO_PART.test(e.name))) return true;
  const types = entries.find((e) => e.name === '[Content_Types].xml');
  const xml = types ? readZipEntry(bytes, types, 1024 * 1024) : null;
  return xml !== null && /macroEnabled|vbaProject/i.test(xml.toString('utf8'));
}

/** Every stream's decoded text, for the Flate streams that hide objects (object streams). */
function inflatedStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  const marker = /stream\r?\n/g;
  const text = pdf.toString('latin1');
  let budget = INFLATE_LIMIT;
  for (let m = marker.exec(text); m && out.length < 2000; m = marker.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      const plain = inflateSync(pdf.subarray(start, end), { maxOutputLength: budget });
      budget -= plain.length;
      out.push(plain.toString('latin1'));
    } catch {
      // not Flate, or truncated: the raw text is scanned anyway
    }
    marker.lastIndex = end;
  }
  return out;
}

/** PDF names may hide letters as #xx escapes (/J#61vaScript). */
const unescapeNames = (s: string) =>
  s.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const PDF_SCRIPT = /\/(JavaScript|JS|Launch)(?![A-Za-z0-9])/;

function pdfScripts(bytes: Buffer): boolean {
  const texts = [bytes.toString('latin1'), ...inflatedStreams(bytes)];
  return texts.some((t) => PDF_SCRIPT.test(unescapeNames(t)));
}

const isZipBased = (mime: string) =>
  mime === 'application/zip' ||
  mime.startsWith('application/vnd.openxmlformats-officedocument.') ||
  mime.startsWith('application/vnd.ms-');

export function activeContentIssue(bytes: Buffer, sniffedMime: string): ActiveContent | null {
  if (sniffedMime === 'application/pdf')
    return pdfScripts(bytes) ? 'FILES.SCRIPT_NOT_ALLOWED' : null;
  if (isZipBased(sniffedMime))
    return officeMacros(bytes, sniffedMime) ? 'FILES.MACRO_NOT_ALLOWED' : null;
  return null;
}
