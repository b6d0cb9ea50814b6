import * as React from "react";
import { cva, type VariantProps } from "class-variance-authority";

import { cn } from "@/lib/utils";

const avatarVariants = cva(
  "inline-flex shrink-0 items-center justify-center overflow-hidden rounded-full bg-muted font-medium text-muted-foreground uppercase select-none",
  {
    variants: {
      size: {
        sm: "size-6 text-[0.625rem]",
        default: "size-8 text-xs",
        lg: "size-10 text-sm",
      },
    },
    defaultVariants: { size: "default" },
  },
);

/** "Ada Lovelace" → "AL", "ada@example.com" → "AD", "" → "?". */
function getInitials(name: string): string {
  const words = name.trim().split(/[\s@._-]+/).filter(Boolean);
  if (words.length === 0) return "?";
  if (words.length === 1) return words[0].slice(0, 2).toUpperCase();
  return (words[0][0] + words[1][0]).toUpperCase();
}

type AvatarProps = Omit<React.ComponentProps<"span">, "children"> &
  VariantProps<typeof avatarVariants> & {
    name: string;
    /** Set when the name is already shown next to the avatar, so it is not read twice. */
    decorative?: boolean;
  };

function Avatar({ name, decorative = false, size, className, ...props }: AvatarProps) {
  return (
    <span
      data-slot="avatar"
      className={cn(avatarVariants({ size }), className)}
      {...(decorative ? { "aria-hidden": true } : { role: "img", "aria-label": name })}
      {...props}
    >
      {getInitials(name)}
    </span>
  );
}

export { Avatar, getInitials, type AvatarProps };
