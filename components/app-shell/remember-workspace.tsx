"use client";

import { useEffect } from "react";
import { WORKSPACE_COOKIE } from "./workspace-cookie";

/** Remembers the last workspace opened, so "/" can take people back to it. */
export function RememberWorkspace({ slug }: { slug: string }) {
  useEffect(() => {
    document.cookie = `${WORKSPACE_COOKIE}=${encodeURIComponent(slug)}; path=/; max-age=31536000; samesite=lax`;
  }, [slug]);
  return null;
}
