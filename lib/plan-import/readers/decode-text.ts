import iconv from "iconv-lite";

/**
 * Plain-text plans come as UTF-8 or, from older Windows tools, GB18030/GBK. A strict UTF-8 decode
 * fails on GB bytes, so failure is the signal to switch.
 */
export function decodeText(buffer: Uint8Array): string {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return decodeUtf8(buffer.subarray(3)) ?? "";
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return Buffer.from(buffer.subarray(2)).toString("utf16le");
  return decodeUtf8(buffer) ?? iconv.decode(Buffer.from(buffer), "gb18030");
}

function decodeUtf8(buffer: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    return null;
  }
}
