/**
 * The board export under load (issue 13): one user downloads the full board export while another
 * keeps opening a page. Measures the export's time, the server's resident memory growth over the
 * export, and the other user's slowest answer meanwhile.
 */
import { median, quantile } from "./args";
import { timedGet, type Sample } from "./http";
import type { RssSampler } from "./server";

export interface ContentionResult {
  export: { path: string; ms: number; bytes: number; ok: boolean; error?: string };
  page: { path: string; requests: number; errors: number; medianMs: number | null; maxMs: number | null };
  /** Resident memory before the export began, and its peak while it ran (MB). */
  rssBeforeMb: number;
  rssPeakMb: number;
  rssGrowthMb: number;
}

export async function exportUnderLoad(opts: {
  base: string;
  sampler: RssSampler;
  exportPath: string;
  exportCookie: string;
  pagePath: string;
  pageCookie: string;
  timeoutMs: number;
}): Promise<ContentionResult> {
  // The other user has been browsing: their page is warm. The export has not been built yet.
  for (let i = 0; i < 3; i++) await timedGet(opts.base, opts.pagePath, opts.pageCookie, opts.timeoutMs);
  opts.sampler.reset();
  const rssBeforeMb = opts.sampler.peak();
  let done = false;
  const pages: Sample[] = [];
  const browsing = (async () => {
    while (!done) {
      pages.push(await timedGet(opts.base, opts.pagePath, opts.pageCookie, opts.timeoutMs));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const exported = await timedGet(opts.base, opts.exportPath, opts.exportCookie, opts.timeoutMs);
  done = true;
  await browsing;
  const rssPeakMb = opts.sampler.peak();
  const ok = pages.filter((p) => p.ok).map((p) => p.ms);
  return {
    export: { path: opts.exportPath, ...exported, ms: Math.round(exported.ms) },
    page: {
      path: opts.pagePath,
      requests: pages.length,
      errors: pages.length - ok.length,
      medianMs: ok.length ? Math.round(median(ok)) : null,
      maxMs: ok.length ? Math.round(quantile(ok, 1)) : null,
    },
    rssBeforeMb,
    rssPeakMb,
    rssGrowthMb: rssPeakMb - rssBeforeMb,
  };
}

export function contentionLine(r: ContentionResult): string {
  return (
    `board export while another user opens ${r.page.path}: export ${(r.export.ms / 1000).toFixed(2)} s` +
    ` (${(r.export.bytes / 2 ** 20).toFixed(1)} MB${r.export.ok ? "" : `, failed: ${r.export.error}`}),` +
    ` memory ${r.rssBeforeMb} → ${r.rssPeakMb} MB (+${r.rssGrowthMb} MB),` +
    ` the other user's page: ${r.page.requests} requests, median ${r.page.medianMs ?? "–"} ms, slowest ${r.page.maxMs ?? "–"} ms, ${r.page.errors} errors`
  );
}
