import { useTranslation } from 'react-i18next';
import { Field } from './Field';

/** A select over a label table (e.g. the categories); the empty choice means "any". */
export function Choice<K extends string>({
  label,
  value,
  options,
  onChange,
  any = 'Any',
}: {
  label: string;
  value: K | '';
  options: Record<K, string>;
  onChange: (value: K | '') => void;
  any?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Field label={label}>
      <select value={value} onChange={(event) => onChange(event.target.value as K | '')}>
        {any !== null && <option value="">{t(any)}</option>}
        {(Object.entries(options) as [K, string][]).map(([key, text]) => (
          <option key={key} value={key}>
            {t(text)}
          </option>
        ))}
      </select>
    </Field>
  );
}
