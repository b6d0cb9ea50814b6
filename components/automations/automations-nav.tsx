import { ArchiveViewSwitch } from "@/components/agents/archive-view-switch";

/** "Rules · Delivery log": two links, so each view has its own URL. */
export function AutomationsNav({ slug, active, ruleCount }: { slug: string; active: "rules" | "log"; ruleCount?: number }) {
  const base = `/w/${slug}/automations`;
  return (
    <ArchiveViewSwitch
      label="Automations"
      views={[
        { label: "Rules", href: base, count: ruleCount, active: active === "rules" },
        { label: "Delivery log", href: `${base}/log`, active: active === "log" },
      ]}
    />
  );
}
