"use client";

import { useState } from "react";
import { setAutomationEnabledAction } from "@/app/(app)/w/[slug]/automations/actions";
import { useServerAction } from "@/components/forms/use-server-action";
import { Switch } from "@/components/ui/switch";

/** Turns a rule on or off from the list; shows the new state at once and goes back if the save fails. */
export function EnabledSwitch({ slug, id, name, enabled, disabled }: { slug: string; id: string; name: string; enabled: boolean; disabled?: boolean }) {
  const [on, setOn] = useState(enabled);
  const { pending, run } = useServerAction(setAutomationEnabledAction, { onError: () => setOn(enabled) });
  return (
    <label className="flex items-center gap-2 text-sm">
      <Switch
        checked={on}
        disabled={disabled || pending}
        aria-label={`${name} enabled`}
        onCheckedChange={(next) => {
          setOn(next);
          run({ workspace: slug, id, enabled: next });
        }}
      />
      <span aria-hidden className={on ? "" : "text-muted-foreground"}>
        {on ? "On" : "Off"}
      </span>
    </label>
  );
}
