"use client";

import { AlertCircleIcon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export default function AnalyticsError({ reset }: { error: Error; reset: () => void }) {
  return (
    <Alert variant="destructive">
      <AlertCircleIcon aria-hidden />
      <AlertTitle>These figures could not be loaded</AlertTitle>
      <AlertDescription>
        <p>Something went wrong on our side while reading them.</p>
        <Button variant="outline" size="sm" onClick={reset} className="mt-2">
          Try again
        </Button>
      </AlertDescription>
    </Alert>
  );
}
