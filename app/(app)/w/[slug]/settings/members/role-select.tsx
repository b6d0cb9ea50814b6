"use client";

import { useRef } from "react";
import { useServerAction } from "@/components/forms/use-server-action";
import { NativeSelect } from "@/components/ui/native-select";
import { changeRoleAction } from "../actions";
import { RoleOptions } from "./role-options";

export function RoleSelect({ slug, userId, role, label, canGrantOwner }: { slug: string; userId: string; role: string; label: string; canGrantOwner: boolean }) {
  const select = useRef<HTMLSelectElement>(null);
  // A refused change puts the select back to the role the member still has.
  const { pending, run } = useServerAction(changeRoleAction, { onError: () => select.current && (select.current.value = role) });
  return (
    <NativeSelect
      ref={select}
      aria-label={label}
      defaultValue={role}
      disabled={pending || (role === "owner" && !canGrantOwner)}
      size="sm"
      onChange={(event) => run({ workspace: slug, userId, role: event.target.value })}
    >
      <RoleOptions canGrantOwner={canGrantOwner || role === "owner"} />
    </NativeSelect>
  );
}
