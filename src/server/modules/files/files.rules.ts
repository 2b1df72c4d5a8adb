/** What each upload purpose accepts, judged by the bytes, never by the name or the browser's claim. */
const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export const UPLOAD_KINDS = {
  licence: { mimes: ['image/jpeg', 'image/png'], label: 'JPG, PNG' },
  // qualifications (服务资质 and 真实性认证)
  'qualification-screenshot': { mimes: ['image/jpeg', 'image/png'], label: 'JPG, PNG' },
  'qualification-document': {
    mimes: [PDF, DOCX, PPTX, 'image/jpeg', 'image/png'],
    label: 'PDF, DOCX, PPTX, JPG, PNG',
  },
  'qualification-deck': { mimes: [PDF, PPTX], label: 'PDF, PPTX' },
  'certification-id-image': { mimes: ['image/jpeg', 'image/png'], label: 'JPG, PNG' },
  'certification-attorney': { mimes: [PDF, 'image/jpeg', 'image/png'], label: 'PDF, JPG, PNG' },
  appLogo: { mimes: ['image/jpeg', 'image/png'], label: 'JPG, PNG' },
  // services: the policy narrows the formats further (serviceImageFormats)
  serviceImage: { mimes: ['image/jpeg', 'image/png'], label: 'JPG, PNG' },
} as const;
export type UploadPurpose = keyof typeof UPLOAD_KINDS;

export function isAllowed(purpose: UploadPurpose, sniffedMime: string | undefined): boolean {
  return (
    sniffedMime !== undefined &&
    (UPLOAD_KINDS[purpose].mimes as readonly string[]).includes(sniffedMime)
  );
}

/** A display name without paths or control characters; the stored name is always server-made. */
export function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  const printable = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && !'<>"\''.includes(ch))
    .join('');
  return printable.slice(0, 120) || 'file';
}
