import * as React from "react";
import { ChevronDownIcon } from "lucide-react";

import { cn } from "@/lib/utils";
import { controlClasses } from "@/components/ui/input";

type NativeSelectProps = Omit<React.ComponentProps<"select">, "size"> & {
  size?: "sm" | "default";
  /** Classes for the wrapper (width, margins); `className` styles the `<select>` itself. */
  containerClassName?: string;
};

/**
 * A styled `<select>`: works without JavaScript and posts with its form, so use it in
 * server-action forms. Use `Select` when a custom popup is worth the client code.
 */
function NativeSelect({ className, containerClassName, size = "default", ...props }: NativeSelectProps) {
  return (
    <div
      data-slot="native-select-wrapper"
      className={cn("relative w-full has-[select:disabled]:opacity-50", containerClassName)}
    >
      <select
        data-slot="native-select"
        data-size={size}
        className={cn(
          controlClasses,
          "appearance-none py-1 pr-9 disabled:opacity-100 data-[size=sm]:h-8 dark:hover:bg-input/50",
          "[&_option]:bg-popover [&_option]:text-popover-foreground",
          className,
        )}
        {...props}
      />
      <ChevronDownIcon
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}

function NativeSelectOption(props: React.ComponentProps<"option">) {
  return <option data-slot="native-select-option" {...props} />;
}

function NativeSelectOptGroup(props: React.ComponentProps<"optgroup">) {
  return <optgroup data-slot="native-select-optgroup" {...props} />;
}

export { NativeSelect, NativeSelectOption, NativeSelectOptGroup, type NativeSelectProps };
