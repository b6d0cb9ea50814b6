import * as React from "react";
import Link from "next/link";
import { ChevronLeftIcon, ChevronRightIcon } from "lucide-react";

import { cn } from "@/lib/utils";
import { buttonVariants } from "@/components/ui/button";

function Pagination({ className, ...props }: React.ComponentProps<"nav">) {
  return (
    <nav
      aria-label="Pagination"
      data-slot="pagination"
      className={cn("flex items-center justify-between gap-4", className)}
      {...props}
    />
  );
}

/** Status text such as "Page 2 of 7" or "51–75 of 160". */
function PaginationInfo({ className, ...props }: React.ComponentProps<"p">) {
  return <p data-slot="pagination-info" className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

function PaginationButtons({ className, ...props }: React.ComponentProps<"div">) {
  return <div data-slot="pagination-buttons" className={cn("flex items-center gap-2", className)} {...props} />;
}

type PaginationLinkProps = {
  /** Target page URL; leave undefined on the first/last page to render a disabled control. */
  href?: string;
  className?: string;
  children?: React.ReactNode;
};

function PaginationStep({
  href,
  className,
  children,
  direction,
}: PaginationLinkProps & { direction: "previous" | "next" }) {
  const content =
    direction === "previous" ? (
      <>
        <ChevronLeftIcon aria-hidden="true" />
        {children ?? "Previous"}
      </>
    ) : (
      <>
        {children ?? "Next"}
        <ChevronRightIcon aria-hidden="true" />
      </>
    );
  const classes = cn(buttonVariants({ variant: "outline", size: "sm" }), className);
  if (!href) {
    // A link without href is not focusable and is announced as disabled text.
    return (
      <a data-slot={`pagination-${direction}`} aria-disabled="true" className={classes}>
        {content}
      </a>
    );
  }
  return (
    <Link data-slot={`pagination-${direction}`} href={href} rel={direction === "previous" ? "prev" : "next"} className={classes}>
      {content}
    </Link>
  );
}

function PaginationPrevious(props: PaginationLinkProps) {
  return <PaginationStep direction="previous" {...props} />;
}

function PaginationNext(props: PaginationLinkProps) {
  return <PaginationStep direction="next" {...props} />;
}

/** Previous/next links for a cursor-paged list, with "Page N · M things"; nothing when there is one page. */
function PageLinks({ pages, count, noun }: { pages: { page: number; previous?: string; next?: string } | null | undefined; count: number; noun: string }) {
  if (!pages || (!pages.previous && !pages.next)) return null;
  return (
    <Pagination>
      <PaginationInfo>
        Page {pages.page} · {count} {noun}
      </PaginationInfo>
      <PaginationButtons>
        <PaginationPrevious href={pages.previous} />
        <PaginationNext href={pages.next} />
      </PaginationButtons>
    </Pagination>
  );
}

export { Pagination, PaginationInfo, PaginationButtons, PaginationPrevious, PaginationNext, PageLinks, type PaginationLinkProps };
