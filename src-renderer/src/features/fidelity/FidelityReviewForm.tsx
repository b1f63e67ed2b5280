// The IPS-25 review form: basics, the summary that follows the scores, the 25 items by section, strengths and the
// action plan. New reviews start with the records' suggestions in the items the records can tell.
import { zodResolver } from '@hookform/resolvers/zod'
import { Button, Group, Paper, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { Printer, Save } from 'lucide-react'
import { useEffect, useRef } from 'react'
import { Controller, useForm, useWatch, type Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { FidelitySection } from '@process'
import {
  FIDELITY_REVIEW_TYPES,
  fidelityReviewInputSchema,
  type FidelityReview,
  type FidelityReviewFields,
} from '@shared/fidelity/fidelity-review-schema'
import { DateField } from '../../forms-ui/DateField'
import { NumberValueInput } from '../../forms-ui/FinnishNumberInput'
import { fieldErrorText } from '../../forms-ui/use-field-error'
import { LabelledSegmentedControl } from '../../forms-ui/LabelledSegmentedControl'
import { useWarnBeforeUnload } from '../../forms-ui/use-warn-before-unload'
import { usePrintRoute } from '../print/use-print-route'
import { scoresOf, suggestionFor, type FidelityFormValues } from './fidelity-form'
import { useFidelityPrefill, usePreviousFidelityReview, useSaveFidelityReview } from './fidelity-queries'
import { FidelityItemCard } from './FidelityItemCard'
import { useFidelityTexts } from './fidelity-texts'
import { FidelitySummary } from './FidelitySummary'

const SECTIONS: FidelitySection[] = ['staffing', 'organization', 'services']
const SPECIALISTS = { decimals: 1 }

export function FidelityReviewForm({
  review,
  initial,
}: {
  review: FidelityReview | null
  initial: FidelityFormValues
}) {
  const { t } = useTranslation()
  const texts = useFidelityTexts()
  const navigate = useNavigate()
  const print = usePrintRoute()
  const save = useSaveFidelityReview()
  // The form holds null while the number field is empty; the schema says why that cannot be saved.
  const form = useForm<FidelityFormValues>({
    resolver: zodResolver(fidelityReviewInputSchema) as unknown as Resolver<FidelityFormValues>,
    defaultValues: initial,
  })
  const { control, register, setValue, handleSubmit } = form
  const [reviewedOn, specialists, items] = useWatch({
    control,
    name: ['reviewedOn', 'employmentSpecialists', 'items'],
  })
  const validDay = /^\d{4}-\d{2}-\d{2}$/.test(reviewedOn ?? '') ? reviewedOn : null
  const prefill = useFidelityPrefill(validDay, specialists)
  const previous = usePreviousFidelityReview(validDay, review?.id)
  useWarnBeforeUnload(form.formState.isDirty)

  // A new review starts with the records' suggestions; the team confirms or changes each.
  const suggested = useRef(review !== null)
  useEffect(() => {
    if (suggested.current || !prefill.data) return
    suggested.current = true
    for (const entry of prefill.data.items) {
      const index = entry.item - 1
      if (entry.suggested !== null && form.getValues(`items.${index}.score`) === null) {
        setValue(`items.${index}.score`, entry.suggested, { shouldDirty: true })
      }
    }
  }, [prefill.data, form, setValue])

  const submit = handleSubmit(async (values) => {
    const fields = values as FidelityReviewFields
    const saved = await save.mutateAsync({ ...(review ? { id: review.id } : {}), fields })
    notifications.show({ color: 'teal', message: t('fidelity.saved') })
    form.reset(form.getValues())
    if (!review) navigate(`/fidelity/${saved.id}`, { replace: true })
  })
  const errorText = (name: string) => fieldErrorText(form.formState.errors, name, t)
  const previousScores = previous.data ? new Map(previous.data.items.map((entry) => [entry.item, entry.score])) : null

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <Paper p="lg" withBorder component="section" aria-labelledby="basics-title">
          <Title order={2} size="h3" mb="sm" id="basics-title">
            {t('fidelity.basics')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Controller
              control={control}
              name="reviewedOn"
              render={({ field }) => (
                <DateField
                  label={t('fidelity.reviewedOn')}
                  required
                  clearable={false}
                  value={field.value}
                  onChange={(value) => field.onChange(value ?? '')}
                  error={errorText('reviewedOn')}
                />
              )}
            />
            <Controller
              control={control}
              name="reviewType"
              render={({ field }) => (
                <LabelledSegmentedControl
                  label={t('fidelity.reviewType')}
                  value={field.value}
                  onChange={field.onChange}
                  data={FIDELITY_REVIEW_TYPES.map((value) => ({ value, label: t(`fidelity.types.${value}`) }))}
                />
              )}
            />
            <TextInput label={t('fidelity.unit')} {...register('unit')} error={errorText('unit')} />
            <TextInput label={t('fidelity.reviewers')} {...register('reviewers')} error={errorText('reviewers')} />
            <Controller
              control={control}
              name="employmentSpecialists"
              render={({ field }) => (
                <NumberValueInput
                  label={t('fidelity.specialists')}
                  description={t('fidelity.specialistsHelp')}
                  required
                  format={SPECIALISTS}
                  ref={field.ref}
                  onBlur={field.onBlur}
                  value={field.value ?? null}
                  onChange={field.onChange}
                  error={errorText('employmentSpecialists')}
                />
              )}
            />
          </SimpleGrid>
        </Paper>
        <FidelitySummary
          reviewedOn={validDay ?? initial.reviewedOn}
          scores={scoresOf(items)}
          previous={previous.data}
        />
        {SECTIONS.map((section) => (
          <Stack key={section} gap="sm" component="section" aria-labelledby={`section-${section}`}>
            <Title order={2} size="h3" id={`section-${section}`}>
              {t(`fidelity.sections.${section}`)}
            </Title>
            {texts.items
              .filter((item) => item.section === section)
              .map((item) => (
                <FidelityItemCard
                  key={item.number}
                  item={item}
                  index={item.number - 1}
                  control={control}
                  register={register}
                  suggestion={suggestionFor(prefill.data, item.number)}
                  previous={previousScores ? (previousScores.get(item.number) ?? null) : undefined}
                  current={items[item.number - 1]?.score ?? null}
                  onUseSuggestion={(score) => setValue(`items.${item.number - 1}.score`, score, { shouldDirty: true })}
                />
              ))}
          </Stack>
        ))}
        <Paper p="lg" withBorder>
          <Stack>
            <Textarea label={t('fidelity.strengths')} autosize minRows={3} {...register('strengths')} />
            <Textarea label={t('fidelity.actionPlan')} autosize minRows={3} {...register('actionPlan')} />
          </Stack>
        </Paper>
        <Group>
          <Button type="submit" size="md" leftSection={<Save size={18} aria-hidden />} loading={save.isPending}>
            {t('fidelity.save')}
          </Button>
          {review && (
            <Button
              variant="default"
              size="md"
              leftSection={<Printer size={18} aria-hidden />}
              disabled={form.formState.isDirty}
              onClick={() => print(`/print/fidelity/${review.id}`)}
            >
              {t('fidelity.print')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  )
}
