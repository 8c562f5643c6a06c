import { fieldId } from "../../components/context";

type TChoiceProps = { path: string; label: string; error?: string; hint?: string };

/**
 * A yes/no question as two radios in a fieldset (a native group: arrow keys move,
 * the legend is the question), error linked as in TextField.
 */
export function YesNoField({ path, label, value, error, yes, no, onValue }: TChoiceProps & { value: "" | "yes" | "no"; yes: string; no: string; onValue: (value: "yes" | "no") => void }) {
  const id = fieldId(path);
  return (
    <fieldset class="field choice" data-field={path} aria-invalid={error ? "true" : undefined} aria-describedby={error ? id + "-error" : undefined}>
      <legend>{label}</legend>
      <div class="row">
        {(["yes", "no"] as const).map((option) => (
          <label key={option} class="radio">
            <input type="radio" name={path} value={option} checked={value === option} onChange={() => onValue(option)} /> {option === "yes" ? yes : no}
          </label>
        ))}
      </div>
      {error && <p class="error" id={id + "-error"}>{error}</p>}
    </fieldset>
  );
}

/** A multi-select as checkboxes; the model keeps `none_of_the_above` exclusive. */
export function CheckboxesField({ path, label, hint, error, options, values, onToggle }: TChoiceProps & { options: Array<{ value: string; label: string }>; values: readonly string[]; onToggle: (value: string, on: boolean) => void }) {
  const id = fieldId(path);
  const described = [hint && id + "-hint", error && id + "-error"].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset class="field choice" data-field={path} aria-invalid={error ? "true" : undefined} aria-describedby={described}>
      <legend>{label}</legend>
      {hint && <p class="hint" id={id + "-hint"}>{hint}</p>}
      {options.map((option) => (
        <label key={option.value} class="checkbox">
          <input type="checkbox" name={path} value={option.value} checked={values.includes(option.value)} onChange={(e) => onToggle(option.value, e.currentTarget.checked)} /> {option.label}
        </label>
      ))}
      {error && <p class="error" id={id + "-error"}>{error}</p>}
    </fieldset>
  );
}
