import { useId, type InputHTMLAttributes } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  label: string;
  name: string;
  /** Already-translated message; when set the input is marked invalid and described by it. */
  error?: string;
};

/** A labelled input whose error is announced with it (aria-invalid + aria-describedby). */
export function TextField({ label, name, error, className, ...input }: Props) {
  const id = `${useId()}-${name}`;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        {...input}
        id={id}
        name={name}
        className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base focus:border-brand-600"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
