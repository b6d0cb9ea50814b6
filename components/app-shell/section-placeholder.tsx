import type { LucideIcon } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** An honest page for a section whose feature has not been built yet: it says what will appear here. */
export function SectionPlaceholder({ title, description, icon: Icon, emptyTitle, emptyText }: { title: string; description: string; icon: LucideIcon; emptyTitle: string; emptyText: string }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState icon={<Icon />} title={emptyTitle} description={emptyText} titleAs="h2" />
    </>
  );
}
