"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setGroupMembersAction } from "@/lib/actions/admin";
import { FormAlert } from "@/components/ui/alert";
import { BUTTON_CLASS } from "@/components/ui/field";
import type { DepartmentOption } from "./user-form";

/**
 * Which departments a group such as 各区县(市)人民政府 expands to; order follows the list. When the group
 * changes on the server (this form's save, or another administrator's), the ticks follow it in place: a
 * remount (a `key` on the version) dropped the "saved" message as soon as the refreshed page came.
 */
export function GroupMembersForm({
  group,
  departments,
}: {
  group: { id: number; version: number; name: string; memberIds: number[] };
  departments: DepartmentOption[];
}) {
  const t = useTranslations("admin.departments.groups");
  const router = useRouter();
  const [selected, setSelected] = useState<Set<number>>(new Set(group.memberIds));
  const [shownVersion, setShownVersion] = useState(group.version);
  if (shownVersion !== group.version) {
    setShownVersion(group.version);
    setSelected(new Set(group.memberIds));
  }
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function toggle(id: number) {
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function save() {
    startTransition(async () => {
      setMessage(null);
      setSaved(null);
      // Keep existing members in their order, then newly ticked ones in directory order.
      const ordered = [
        ...group.memberIds.filter((id) => selected.has(id)),
        ...departments.map((d) => d.id).filter((id) => selected.has(id) && !group.memberIds.includes(id)),
      ];
      const result = await setGroupMembersAction({ groupId: group.id, version: group.version, departmentIds: ordered });
      if (!result.ok) return setMessage(result.error);
      setSaved(t("saved"));
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <FormAlert message={message} />
      <FormAlert message={saved} tone="success" />
      <fieldset disabled={pending} className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="sr-only">{t("editTitle", { name: group.name })}</legend>
        {departments.map((d) => (
          <label key={d.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={selected.has(d.id)} onChange={() => toggle(d.id)} />
            {d.name}
          </label>
        ))}
      </fieldset>
      <button type="button" disabled={pending} onClick={save} className={BUTTON_CLASS.primary}>
        {t("save")}
      </button>
    </div>
  );
}
