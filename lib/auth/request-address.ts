import "server-only";
import { headers } from "next/headers";
import { getEnv } from "@/lib/env";
import { clientAddress } from "./client-address";

/** The client address of the current request (server actions), or null when unknown. */
export async function requestAddress(): Promise<string | null> {
  try {
    return clientAddress((await headers()).get("x-forwarded-for"), getEnv().TRUSTED_PROXY_HOPS);
  } catch {
    // Outside a request (scripts, tests) there are no headers.
    return null;
  }
}
