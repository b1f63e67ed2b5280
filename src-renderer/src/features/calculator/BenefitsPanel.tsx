import { ActionIcon, Button, Checkbox, Group, Menu, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { Plus, Trash2 } from 'lucide-react'
import { Controller, useFieldArray, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { BENEFIT_KIND_DESCRIPTIONS } from '@benefits'
import { BENEFIT_KINDS } from '@shared/calculator/calculator-schema'
import { BENEFIT_FIELDS, emptyBenefitRow, type BenefitRow, type CalcFormValues } from './calculator-form'
import { NumField, type ErrorOf } from './NumField'

export function BenefitsPanel({ control, errorOf }: { control: Control<CalcFormValues>; errorOf: ErrorOf }) {
  const { t } = useTranslation()
  const { fields, append, remove } = useFieldArray({ control, name: 'benefits' })
  return (
    <Paper p="md" withBorder component="section" aria-labelledby="calc-benefits-heading">
      <Title order={2} size="h3" mb="sm" id="calc-benefits-heading">
        {t('calculator.sections.benefits')}
      </Title>
      <Stack gap="md">
        {fields.length === 0 && <Text>{t('calculator.noBenefits')}</Text>}
        {fields.map((field, index) => (
          <BenefitRowEditor
            key={field.id}
            control={control}
            index={index}
            kind={field.kind}
            onRemove={() => remove(index)}
            errorOf={errorOf}
          />
        ))}
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button variant="outline" leftSection={<Plus size={18} aria-hidden />} size="md" w="fit-content">
              {t('calculator.addBenefit')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {BENEFIT_KINDS.map((kind) => (
              <Menu.Item key={kind} fz="md" onClick={() => append(emptyBenefitRow(kind))}>
                {t(`calculator.kinds.${kind}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Stack>
    </Paper>
  )
}

function BenefitRowEditor({
  control,
  index,
  kind,
  onRemove,
  errorOf,
}: {
  control: Control<CalcFormValues>
  index: number
  kind: BenefitRow['kind']
  onRemove: () => void
  errorOf: ErrorOf
}) {
  const { t } = useTranslation()
  const name = t(`calculator.kinds.${kind}`)
  const prefix = `benefits.${index}`
  const fields = BENEFIT_FIELDS[kind]
  const variants = BENEFIT_KIND_DESCRIPTIONS[kind].variants ?? []
  return (
    <fieldset
      style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8, padding: 12, margin: 0 }}
      data-testid="benefit-row"
    >
      <Group justify="space-between" wrap="nowrap" mb={6}>
        <Text component="legend" fw={700} size="md" style={{ float: 'left', padding: 0 }}>
          {name}
        </Text>
        <ActionIcon
          variant="subtle"
          color="red.9"
          size="lg"
          onClick={onRemove}
          aria-label={t('calculator.removeBenefit', { name })}
        >
          <Trash2 size={18} aria-hidden />
        </ActionIcon>
      </Group>
      <SimpleGrid cols={2} spacing="sm" style={{ clear: 'both' }}>
        {fields.map((field) => {
          if (field === 'variant') {
            return (
              <Controller
                key={field}
                control={control}
                name={`benefits.${index}.variant`}
                render={({ field: f }) => (
                  <Select
                    label={t('calculator.fields.variant')}
                    data={variants.map((variant) => ({ value: variant, label: t(`calculator.variants.${variant}`) }))}
                    value={f.value}
                    onChange={(value) => value && f.onChange(value)}
                    allowDeselect={false}
                    size="md"
                  />
                )}
              />
            )
          }
          if (field === 'disabilityBased') {
            return (
              <Controller
                key={field}
                control={control}
                name={`benefits.${index}.disabilityBased`}
                render={({ field: f }) => (
                  <Checkbox
                    label={t('calculator.fields.disabilityBased')}
                    checked={f.value}
                    onChange={(event) => f.onChange(event.currentTarget.checked)}
                    size="md"
                    mt="lg"
                  />
                )}
              />
            )
          }
          return (
            <NumField
              key={field}
              control={control}
              name={`${prefix}.${field}`}
              label={t(`calculator.fields.${field}`)}
              error={errorOf(`${prefix}.${field}`)}
            />
          )
        })}
      </SimpleGrid>
    </fieldset>
  )
}
