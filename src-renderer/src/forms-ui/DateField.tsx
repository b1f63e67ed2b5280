import { DateInput, type DateInputProps } from '@mantine/dates'
import { useTranslation } from 'react-i18next'
import { parseFinnishDate } from '@shared/dates/dates'

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange'> & {
  value: string | null | undefined
  onChange: (value: string | null) => void
}

/**
 * A date typed as d.M.yyyy (or picked from the calendar), stored as 'YYYY-MM-DD'. Its × button is named after the
 * field ("Tyhjennä: Syntymäaika"), so a screen reader says what it clears.
 */
export function DateField({ value, onChange, clearButtonProps, ...props }: DateFieldProps) {
  const { t } = useTranslation()
  const label = typeof props.label === 'string' ? props.label : ''
  return (
    <DateInput
      valueFormat="D.M.YYYY"
      placeholder={t('language.datePlaceholder')}
      dateParser={(text) => parseFinnishDate(text)}
      clearable
      value={value || null}
      onChange={(next) => onChange(next ? String(next).slice(0, 10) : null)}
      clearButtonProps={{ 'aria-label': t('common.clearDate', { label }), ...clearButtonProps }}
      {...props}
    />
  )
}
