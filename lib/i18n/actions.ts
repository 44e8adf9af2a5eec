"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "./config";

const localeSchema = z.enum(LOCALES);

/** Switches the interface language; open to everyone, including the sign-in page. */
export async function setLocale(input: unknown): Promise<void> {
  const locale = localeSchema.parse(input);
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
}
