import { runsToLines, type TextRun } from "./pdf-lines";

/**
 * .pdf with a text layer, through pdf.js's legacy build (the one that runs on Node 20). A scanned
 * PDF has no text layer and yields "", which the caller reports as unreadable.
 */

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

export async function readPdfText(buffer: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdf.js detaches the buffer it is given; copy so the caller's buffer stays usable.
  const data = new Uint8Array(buffer);
  const doc = await pdfjs.getDocument({ data, verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = (content.items as PdfTextItem[])
        .filter((item) => typeof item.str === "string" && item.transform)
        .map((item) => ({
          str: item.str as string,
          x: (item.transform as number[])[4],
          y: (item.transform as number[])[5],
          width: item.width ?? 0,
          height: item.height || Math.abs((item.transform as number[])[3]) || 10,
        }));
      pages.push(runsToLines(runs).join("\n"));
    }
    return pages.join("\n");
  } finally {
    await doc.destroy();
  }
}
