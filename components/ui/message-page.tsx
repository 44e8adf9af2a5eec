import { Link } from "@/components/ui/link";

/** A plain full-width message with one way out: no-permission, not-found, error pages. */
export function MessagePage({
  title,
  body,
  action,
  href = "/",
  testId,
}: {
  title: string;
  body: string;
  action: string;
  href?: string;
  testId?: string;
}) {
  return (
    <section className="mx-auto max-w-md py-16 text-center" data-testid={testId}>
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-3 text-slate-600">{body}</p>
      <Link href={href} className="mt-6 inline-block rounded bg-brand px-4 py-2 text-white hover:bg-brand-dark">
        {action}
      </Link>
    </section>
  );
}
