import { NativeSelectOption } from "@/components/ui/native-select";

export function RoleOptions({ canGrantOwner }: { canGrantOwner: boolean }) {
  return (
    <>
      {canGrantOwner ? <NativeSelectOption value="owner">Owner</NativeSelectOption> : null}
      <NativeSelectOption value="admin">Admin</NativeSelectOption>
      <NativeSelectOption value="member">Member</NativeSelectOption>
      <NativeSelectOption value="viewer">Viewer</NativeSelectOption>
    </>
  );
}
