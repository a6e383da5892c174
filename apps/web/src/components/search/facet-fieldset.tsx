export interface FacetOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

interface FacetFieldsetProps {
  /** URL parameter name, e.g. `programme`. */
  name: string;
  legend: string;
  formId: string;
  options: FacetOption[];
  /** Options beyond this many (unchecked ones) go behind a "show more" disclosure. */
  visible?: number;
  moreLabel: (hidden: number) => string;
}

function Option({ name, formId, option }: { name: string; formId: string; option: FacetOption }) {
  const id = `facet-${name}-${option.value}`.replace(/[^\w-]/g, '_');
  return (
    <div className="ds-field" data-position="start">
      <input
        className="ds-input"
        type="checkbox"
        id={id}
        name={name}
        value={option.value}
        defaultChecked={option.checked}
        form={formId}
      />
      <label className="ds-label" data-weight="regular" htmlFor={id}>
        {option.label} <span className="facet-count">({option.count})</span>
      </label>
    </div>
  );
}

/** One facet as a checkbox group with counts: a plain GET-form fieldset, no JavaScript. */
export function FacetFieldset({
  name,
  legend,
  formId,
  options,
  visible = 8,
  moreLabel,
}: FacetFieldsetProps) {
  if (options.length === 0) return null;
  const shown = options.filter((option, index) => option.checked || index < visible);
  const hidden = options.filter((option, index) => !option.checked && index >= visible);
  return (
    <fieldset className="ds-fieldset">
      <legend className="ds-label">{legend}</legend>
      <div className="facet-list">
        {shown.map((option) => (
          <Option key={option.value} name={name} formId={formId} option={option} />
        ))}
      </div>
      {hidden.length > 0 ? (
        <details className="ds-details facet-more">
          <summary>{moreLabel(hidden.length)}</summary>
          <div className="facet-list">
            {hidden.map((option) => (
              <Option key={option.value} name={name} formId={formId} option={option} />
            ))}
          </div>
        </details>
      ) : null}
    </fieldset>
  );
}
