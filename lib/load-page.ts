import "server-only";
import { forbidden, notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

const MAX_ID = 2_147_483_647;

/** A route segment's numeric id: a positive integer that fits the database column, or the 404 page. */
export function pageId(raw: string | undefined): number {
  if (!raw || !/^[1-9]\d{0,9}$/.test(raw) || Number(raw) > MAX_ID) notFound();
  return Number(raw);
}

/**
 * Runs a page's service read and turns the expected refusals into the framework's pages: a missing
 * record (or one outside the reader's scope, which services report the same way) is the 404 page,
 * a role without the permission the 403 page. Anything else is a real error.
 */
export async function loadPage<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    if (error instanceof AppError && error.code === "forbidden") forbidden();
    throw error;
  }
}
