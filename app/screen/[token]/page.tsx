import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/components/screen/auto-refresh";
import { ScreenView } from "@/components/screen/screen-view";
import { resolveScreenToken } from "@/lib/services/screens";
import { readScreen } from "@/lib/services/screens-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("screens.view"))("title"), robots: { index: false, follow: false } };
}

/**
 * 会商大屏: whoever holds a live link sees this without signing in (proxy.ts lets /screen/* through);
 * what it shows is the link's scope, read with no user. Unknown or revoked: the 404 page.
 */
export default async function ScreenPage({ params }: Props) {
  const scope = await resolveScreenToken((await params).token);
  if (!scope) notFound();
  const view = await readScreen(scope);
  return (
    <main className="min-h-screen bg-slate-950 text-slate-100">
      <AutoRefresh seconds={60} />
      <ScreenView view={view} />
    </main>
  );
}
