import { BarChart3Icon, BotIcon, FlagIcon, MessagesSquareIcon, PlugIcon, SettingsIcon, WorkflowIcon, type LucideIcon } from "lucide-react";

export interface NavItem {
  title: string;
  /** Path below /w/[slug]; "" is the dashboard. */
  path: string;
  icon: LucideIcon;
}

export const NAV_ITEMS: NavItem[] = [
  { title: "Dashboard", path: "", icon: BarChart3Icon },
  { title: "Conversations", path: "/conversations", icon: MessagesSquareIcon },
  { title: "Agents", path: "/agents", icon: BotIcon },
  { title: "Outcomes", path: "/outcomes", icon: FlagIcon },
  { title: "Automations", path: "/automations", icon: WorkflowIcon },
  { title: "Integrations", path: "/integrations", icon: PlugIcon },
  { title: "Settings", path: "/settings", icon: SettingsIcon },
];
