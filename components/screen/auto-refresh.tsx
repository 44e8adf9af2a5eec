"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Reloads the screen's data every `seconds` (a revoked link then shows the 404 page). */
export function AutoRefresh({ seconds = 60 }: { seconds?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [router, seconds]);
  return null;
}
