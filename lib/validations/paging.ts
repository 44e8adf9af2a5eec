import { z } from "zod";

/** A page number from the query string: a whole number from 1; anything else is page 1. */
export const pageNumber = z.coerce.number().int().min(1).max(1_000_000).catch(1);

/** `pageNumber` for a raw search-param value (absent, a string, or repeated). */
export const pageParam = (raw: string | string[] | undefined): number =>
  pageNumber.parse(Array.isArray(raw) ? raw[0] : raw);
