import { SegmentedControl, Text } from '@mantine/core'
import { useId } from 'react'

/** A segmented choice with a visible label that screen readers announce with it. */
export function LabelledSegmentedControl<Value extends string>({
  label,
  value,
  onChange,
  data,
}: {
  label: string
  value: Value
  onChange: (value: Value) => void
  data: Array<{ value: Value; label: string }>
}) {
  const labelId = useId()
  return (
    <div>
      <Text component="span" size="md" fw={500} id={labelId}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        fullWidth
        size="md"
        value={value}
        onChange={(next) => onChange(next as Value)}
        data={data}
      />
    </div>
  )
}
