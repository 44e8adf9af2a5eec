"use client";
import { useEffect, useState } from "react";
import { BUTTON_CLASS } from "@/components/ui/field";

const GAP = 16;

/** Draws one serialized SVG as an image (a data URL keeps the canvas clean for toBlob). */
function imageOf(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const text = new XMLSerializer().serializeToString(svg);
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = reject;
    image.src = url;
  });
}

/** Every chart on the page (one per section), stacked on one white canvas, as a PNG download. */
async function downloadPng(container: HTMLElement, filename: string): Promise<void> {
  const svgs = [...container.querySelectorAll<SVGSVGElement>("svg[data-timeline-chart]")];
  if (svgs.length === 0) return;
  const images = await Promise.all(svgs.map(imageOf));
  const scale = 2;
  const width = Math.max(...svgs.map((s) => s.width.baseVal.value));
  const height = svgs.reduce((h, s) => h + s.height.baseVal.value + GAP, 0);
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext("2d")!;
  context.scale(scale, scale);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height);
  let y = 0;
  images.forEach((image, i) => {
    const svg = svgs[i]!;
    context.drawImage(image, 0, y, svg.width.baseVal.value, svg.height.baseVal.value);
    y += svg.height.baseVal.value + GAP;
  });
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) return;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** PNG download and PDF by printing (every section opened first, so the paper holds them all). */
export function TimelineExport({
  containerId,
  filename,
  labels,
}: {
  containerId: string;
  filename: string;
  labels: { png: string; pdf: string; failed: string };
}) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const container = () => document.getElementById(containerId);
  // Printing from the browser's menu opens the folded sections too, so the paper holds them all.
  useEffect(() => {
    const openAll = () =>
      document
        .getElementById(containerId)
        ?.querySelectorAll("details")
        .forEach((d) => (d.open = true));
    window.addEventListener("beforeprint", openAll);
    return () => window.removeEventListener("beforeprint", openAll);
  }, [containerId]);
  async function png() {
    const target = container();
    if (!target) return;
    setBusy(true);
    setFailed(false);
    try {
      await downloadPng(target, filename);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }
  function pdf() {
    window.print();
  }
  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      <button type="button" onClick={png} disabled={busy} className={BUTTON_CLASS.secondary}>
        {labels.png}
      </button>
      <button type="button" onClick={pdf} className={BUTTON_CLASS.secondary}>
        {labels.pdf}
      </button>
      {failed && (
        <span role="alert" className="text-sm text-red-600">
          {labels.failed}
        </span>
      )}
    </div>
  );
}
