import { crc32, deflateSync } from 'node:zlib';

/** A real, minimal PDF: catalog, one page, and the extra objects given (bodies without `obj`). */
export function buildPdf(opts: { catalogExtra?: string; objects?: string[] } = {}): Buffer {
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${opts.catalogExtra ?? ''}>>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    ...(opts.objects ?? []),
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A PDF that runs JavaScript when opened: /OpenAction → /S /JavaScript /JS (...). */
export const pdfWithOpenActionJs = () =>
  buildPdf({
    catalogExtra: '/OpenAction 4 0 R ',
    objects: ["<< /Type /Action /S /JavaScript /JS (app.alert\\('hi'\\);) >>"],
  });

/** The same action hidden in a Flate-compressed object stream, its name hex-escaped. */
export function pdfWithHiddenJs(): Buffer {
  const hidden = '5 0 << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>';
  const data = deflateSync(Buffer.from(hidden, 'latin1'));
  const head = Buffer.from(
    buildPdf({ catalogExtra: '/OpenAction 5 0 R ' })
      .toString('latin1')
      .replace(/xref[\s\S]*$/, ''),
    'latin1',
  );
  const stream = Buffer.concat([
    Buffer.from(
      `4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`,
      'latin1',
    ),
    data,
    Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
  ]);
  return Buffer.concat([head, stream]);
}

/** A zip archive with stored (uncompressed) members, as Office writes them when asked. */
export function buildZip(files: Array<[string, string | Buffer]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const PPTX_MAIN =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml';
const PPTM_MAIN = 'application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml';

function contentTypes(main: string, vba: boolean) {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    (vba ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : '') +
    `<Override PartName="/ppt/presentation.xml" ContentType="${main}"/>` +
    '</Types>'
  );
}

const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>';
const PRESENTATION =
  '<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>';

/** A PowerPoint package: clean PPTX, macro-enabled PPTM, or a PPTX that hides a VBA project. */
export function buildPptx(kind: 'clean' | 'pptm' | 'hidden-vba' = 'clean'): Buffer {
  const files: Array<[string, string | Buffer]> = [
    ['[Content_Types].xml', contentTypes(kind === 'pptm' ? PPTM_MAIN : PPTX_MAIN, kind === 'pptm')],
    ['_rels/.rels', RELS],
    ['ppt/presentation.xml', PRESENTATION],
  ];
  if (kind !== 'clean')
    files.push(['ppt/vbaProject.bin', Buffer.from('\xd0\xcf\x11\xe0VBA', 'latin1')]);
  return buildZip(files);
}
