import { PageHeader } from "@/components/ui/page-header";
import { SettingsNav } from "./settings-nav";

export default async function SettingsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return (
    <>
      <PageHeader title="Settings" description="Your workspace, its members and its API keys.">
        <SettingsNav slug={slug} />
      </PageHeader>
      {children}
    </>
  );
}
