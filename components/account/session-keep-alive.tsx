"use client";
import { useEffect } from "react";

const PING_EVERY_MS = 5 * 60 * 1000;
let lastPing = 0;

/**
 * Makes the session an idle timeout: while the user is active (navigating, typing, clicking),
 * at most every 5 minutes it asks next-auth for the session, which re-issues the cookie for
 * another SESSION_IDLE_HOURS. A user who does nothing for that long is signed out.
 */
export function SessionKeepAlive() {
  useEffect(() => {
    const ping = () => {
      const now = Date.now();
      if (now - lastPing < PING_EVERY_MS) return;
      lastPing = now;
      void fetch("/api/auth/session", { credentials: "same-origin", cache: "no-store" }).catch(() => {});
    };
    ping();
    const events = ["pointerdown", "keydown"] as const;
    for (const e of events) window.addEventListener(e, ping, { passive: true });
    return () => {
      for (const e of events) window.removeEventListener(e, ping);
    };
  }, []);
  return null;
}
