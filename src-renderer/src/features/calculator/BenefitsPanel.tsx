import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Menu,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { ChevronDown, ChevronRight, Plus, Trash2 } from 'lucide-react'
import { useId, useState } from 'react'
import { Controller, useFieldArray, type Control } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { BENEFIT_KIND_DESCRIPTIONS, type BenefitKind } from '@benefits'
import { BENEFIT_KINDS } from '@shared/calculator/calculator-schema'
import { BENEFIT_FIELDS, emptyBenefitRow, type BenefitRow, type CalcFormValues, type RowField } from './calculator-form'
import { NumField, type ErrorOf } from './NumField'

const HOUSING_KINDS: readonly BenefitKind[] = ['housing-allowance', 'pensioners-housing-allowance']
const OTHER_HOUSING: Partial<Record<BenefitKind, BenefitKind>> = {
  'housing-allowance': 'pensioners-housing-allowance',
  'pensioners-housing-allowance': 'housing-allowance',
}

/** A full disability pension in the rows (the one that entitles to the pensioner's housing allowance). */
function hasFullPension(rows: readonly BenefitRow[]): boolean {
  return rows.some((row) => {
    const description = BENEFIT_KIND_DESCRIPTIONS[row.kind] as {
      pension: boolean
      fullPension: (b: unknown) => boolean
    }
    return description.pension && description.fullPension(row)
  })
}

/** Why a kind cannot be added again (undefined when it can). */
function addBlocker(
  kind: BenefitKind,
  rows: readonly BenefitRow[],
): 'alreadyAdded' | 'oneHousingAllowance' | undefined {
  if (BENEFIT_KIND_DESCRIPTIONS[kind].single && rows.some((row) => row.kind === kind)) return 'alreadyAdded'
  if (HOUSING_KINDS.includes(kind) && rows.some((row) => HOUSING_KINDS.includes(row.kind))) return 'oneHousingAllowance'
  return undefined
}

export function BenefitsPanel({
  control,
  errorOf,
  rows,
}: {
  control: Control<CalcFormValues>
  errorOf: ErrorOf
  /** the rows as they are now (to offer the right housing allowance) */
  rows: readonly BenefitRow[]
}) {
  const { t } = useTranslation()
  const { fields, append, remove, update } = useFieldArray({ control, name: 'benefits' })
  const fullPension = hasFullPension(rows)
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
            row={rows[index] ?? field}
            fullPension={fullPension}
            onRemove={() => remove(index)}
            onSwitchKind={(kind) => update(index, { ...(rows[index] ?? field), kind })}
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
            {BENEFIT_KINDS.map((kind) => {
              const blocker = addBlocker(kind, rows)
              const help = kind === 'housing-allowance' || kind === 'pensioners-housing-allowance'
              return (
                <Menu.Item key={kind} fz="md" disabled={Boolean(blocker)} onClick={() => append(emptyBenefitRow(kind))}>
                  <Text fz="md">{t(`calculator.kinds.${kind}`)}</Text>
                  {(help || blocker) && (
                    <Text fz="sm" c="gray.7">
                      {blocker ? t(`calculator.${blocker}`) : help ? t(`calculator.kindHelp.${kind}`) : null}
                    </Text>
                  )}
                </Menu.Item>
              )
            })}
          </Menu.Dropdown>
        </Menu>
      </Stack>
    </Paper>
  )
}

function BenefitRowEditor({
  control,
  index,
  row,
  fullPension,
  onRemove,
  onSwitchKind,
  errorOf,
}: {
  control: Control<CalcFormValues>
  index: number
  row: BenefitRow
  fullPension: boolean
  onRemove: () => void
  onSwitchKind: (kind: BenefitKind) => void
  errorOf: ErrorOf
}) {
  const { t } = useTranslation()
  const headingId = useId()
  const advancedId = useId()
  const kind = row.kind
  const name = t(`calculator.kinds.${kind}`)
  const fields = BENEFIT_FIELDS[kind]
  const main = fields.filter((field) => !field.advanced)
  const advanced = fields.filter((field) => field.advanced)
  const advancedError = advanced.some((field) => errorOf(`benefits.${index}.${field.name}`) !== undefined)
  // Open from the start when a refinement is filled in (e.g. recorded for the client); always open on an error.
  const [advancedOpen, setAdvancedOpen] = useState(() => advanced.some((field) => row[field.name] !== ''))
  const open = advancedOpen || advancedError
  const kindError = errorOf(`benefits.${index}.kind`)
  return (
    <Paper withBorder radius="md" p="sm" role="group" aria-labelledby={headingId} data-testid="benefit-row">
      <Group justify="space-between" wrap="nowrap" mb={6}>
        <Title order={3} size="h5" fz="md" id={headingId}>
          {name}
        </Title>
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
      <HousingHelp kind={kind} fullPension={fullPension} onSwitchKind={onSwitchKind} />
      {kindError && (
        <Text c="red.9" size="sm" mb="xs" role="alert">
          {kindError}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {main.map((field) => (
          <RowInput key={field.name} control={control} index={index} kind={kind} field={field} errorOf={errorOf} />
        ))}
      </SimpleGrid>
      {advanced.length > 0 && (
        <>
          <Button
            variant="subtle"
            size="sm"
            px={4}
            mt="xs"
            leftSection={open ? <ChevronDown size={16} aria-hidden /> : <ChevronRight size={16} aria-hidden />}
            aria-expanded={open}
            aria-controls={advancedId}
            onClick={() => setAdvancedOpen(!open)}
          >
            {t('calculator.advanced')}
          </Button>
          <div id={advancedId}>
            {open && (
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt={4}>
                {advanced.map((field) => (
                  <RowInput
                    key={field.name}
                    control={control}
                    index={index}
                    kind={kind}
                    field={field}
                    errorOf={errorOf}
                  />
                ))}
              </SimpleGrid>
            )}
          </div>
        </>
      )}
    </Paper>
  )
}

/** Which of the two housing allowances: what each is for, and a switch when the pensions say the other one fits. */
function HousingHelp({
  kind,
  fullPension,
  onSwitchKind,
}: {
  kind: BenefitKind
  fullPension: boolean
  onSwitchKind: (kind: BenefitKind) => void
}) {
  const { t } = useTranslation()
  const other = OTHER_HOUSING[kind]
  if (!other) return null
  const general = kind === 'housing-allowance'
  const mismatch = general ? fullPension : !fullPension
  return (
    <Stack gap={6} mb="xs">
      <Text size="sm">{t(general ? 'calculator.housingHelp.general' : 'calculator.housingHelp.pensioners')}</Text>
      {mismatch && (
        <Alert color="orange" variant="light" p="xs" data-testid="housing-suggestion">
          <Text size="sm" c="dark" mb={6}>
            {t(general ? 'calculator.housingHelp.suggestPensioners' : 'calculator.housingHelp.suggestGeneral')}
          </Text>
          <Button size="xs" variant="outline" color="dark" onClick={() => onSwitchKind(other)}>
            {t(general ? 'calculator.housingHelp.switchToPensioners' : 'calculator.housingHelp.switchToGeneral')}
          </Button>
        </Alert>
      )}
    </Stack>
  )
}

function RowInput({
  control,
  index,
  kind,
  field,
  errorOf,
}: {
  control: Control<CalcFormValues>
  index: number
  kind: BenefitKind
  field: RowField
  errorOf: ErrorOf
}) {
  const { t } = useTranslation()
  if (field.name === 'variant') {
    const variants = BENEFIT_KIND_DESCRIPTIONS[kind].variants ?? []
    return (
      <Controller
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
  if (field.name === 'disabilityBased') {
    return (
      <Controller
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
  const path = `benefits.${index}.${field.name}`
  const help =
    field.name === 'netMonthly' || field.name === 'maximumHousingCosts' || field.name === 'benefitDaysPaid'
      ? t(`calculator.fieldHelp.${field.name}`)
      : undefined
  return (
    <NumField
      control={control}
      name={path}
      label={t(`calculator.fields.${field.name}`)}
      description={help}
      error={errorOf(path)}
    />
  )
}
