import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Parses a PDF with pdf.js and returns its text (all pages) and the fonts its pages use. */
export async function readPdf(bytes: Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  let text = '';
  const fonts = new Set<string>();
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    text += content.items.map((it) => ('str' in it ? it.str : '')).join('');
    for (const f of Object.values(content.styles)) fonts.add(f.fontFamily);
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { text, pages, fonts };
}
