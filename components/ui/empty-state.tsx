import * as React from "react";

import { cn } from "@/lib/utils";

type EmptyStateProps = Omit<React.ComponentProps<"div">, "title"> & {
  /** An icon element, e.g. `<InboxIcon />`; rendered decoratively. */
  icon?: React.ReactNode;
  title: React.ReactNode;
  description?: React.ReactNode;
  /** A button or link, e.g. "Connect an agent". */
  action?: React.ReactNode;
  /** Heading level of the title, to fit the page outline. */
  titleAs?: "h2" | "h3" | "h4" | "p";
};

/** For empty lists and for honest "not available yet" sections. */
function EmptyState({
  icon,
  title,
  description,
  action,
  titleAs: Title = "h3",
  className,
  children,
  ...props
}: EmptyStateProps) {
  return (
    <div
      data-slot="empty-state"
      className={cn(
        "flex flex-col items-center justify-center gap-4 rounded-xl border border-dashed px-6 py-10 text-center text-balance",
        className,
      )}
      {...props}
    >
      {icon ? (
        <div
          data-slot="empty-state-icon"
          aria-hidden="true"
          className="flex size-10 items-center justify-center rounded-lg bg-muted text-muted-foreground [&_svg:not([class*='size-'])]:size-5"
        >
          {icon}
        </div>
      ) : null}
      <div className="grid max-w-sm gap-1.5">
        <Title data-slot="empty-state-title" className="text-base font-medium">
          {title}
        </Title>
        {description ? (
          <p data-slot="empty-state-description" className="text-sm text-muted-foreground">
            {description}
          </p>
        ) : null}
      </div>
      {action ? <div data-slot="empty-state-action" className="flex flex-wrap justify-center gap-2">{action}</div> : null}
      {children}
    </div>
  );
}

export { EmptyState, type EmptyStateProps };
