"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False during server rendering and before hydration: buttons that need JS stay disabled until then. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
