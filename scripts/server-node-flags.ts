/**
 * Node's flags for the production server (`npm start`, and `npm run bench:load`, which measures what
 * `npm start` runs). The Dockerfile sets the same limit in NODE_OPTIONS.
 *
 * The V8 heap is capped at 1 GB. Without a cap V8 sizes its heap from the machine's memory (about 4 GB
 * on a machine with 16 GB or more) and collects lazily. At scale 1 (`npm run bench:load`), a wave of
 * twenty audit exports at once (27 MB of CSV each, decompressed and sent) took the server from 150 MB
 * to 400–530 MB resident, and it stayed there after; the benchmark's peak was 564–653 MB. With the cap
 * the same waves peaked at 290–310 MB, the server fell back under 310 MB after each, and the benchmark's
 * peak was 376–414 MB, with pages no slower. A gigabyte leaves room for any request the app serves.
 *
 * An operator's own `--max-old-space-size` in NODE_OPTIONS wins (e.g. a smaller one in a container whose
 * memory is limited below 1.5 GB).
 */
export const SERVER_HEAP_MB = 1024;

export function serverNodeFlags(nodeOptions: string | undefined): string[] {
  return /--max[-_]old[-_]space[-_]size\b/.test(nodeOptions ?? "") ? [] : [`--max-old-space-size=${SERVER_HEAP_MB}`];
}
