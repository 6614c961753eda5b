"use client";
import type { SelectHTMLAttributes } from "react";

/** A select inside a GET form that submits the form when changed (the form keeps a submit button for no-JS). */
export function AutoSubmitSelect(props: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select {...props} onChange={(e) => e.currentTarget.form?.requestSubmit()} />;
}
