"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import { NativeSelect } from "@/components/ui/native-select";
import { changeRoleAction } from "../actions";
import { RoleOptions } from "./role-options";

export function RoleSelect({ slug, userId, role, label, canGrantOwner }: { slug: string; userId: string; role: string; label: string; canGrantOwner: boolean }) {
  const [pending, startTransition] = useTransition();
  return (
    <NativeSelect
      aria-label={label}
      defaultValue={role}
      disabled={pending || (role === "owner" && !canGrantOwner)}
      size="sm"
      onChange={(event) => {
        const next = event.target.value;
        startTransition(async () => {
          const result = await changeRoleAction(null, { workspace: slug, userId, role: next });
          if (result.status === "error") {
            toast.error(result.message);
            event.target.value = role;
          } else toast.success(`Role changed to ${next}`);
        });
      }}
    >
      <RoleOptions canGrantOwner={canGrantOwner || role === "owner"} />
    </NativeSelect>
  );
}
