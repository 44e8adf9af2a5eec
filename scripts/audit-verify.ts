/**
 * `npm run audit:verify`: walks the audit hash chain and names the first changed or missing record.
 * Exit code 0 when the chain is whole, 1 otherwise. On PGlite stop the app first (one process per
 * data folder); on PostgreSQL it may run any time, as any role that may SELECT audit_events.
 */
import { closeDb, getConnection } from "@/db";
import { renderMessage } from "@/lib/i18n/server-messages";
import { describeChain, verifyAuditChain } from "@/lib/services/audit-chain";

async function main(): Promise<void> {
  const report = await verifyAuditChain(getConnection().db);
  await closeDb();
  console.log(renderMessage(describeChain(report)));
  process.exit(report.ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
