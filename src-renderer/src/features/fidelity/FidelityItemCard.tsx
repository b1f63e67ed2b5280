import { Badge, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core'
import { Controller, type Control, type UseFormRegister } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { FidelityItem, FidelityPrefillItem, FidelityScore } from '@process'
import type { FidelityFormValues } from './fidelity-form'
import { useFidelityTexts } from './fidelity-texts'

const SCORES: FidelityScore[] = [5, 4, 3, 2, 1]

/**
 * One IPS-25 item: what it asks, the anchors of each score as the choices, what the records say (for the items
 * they can tell), the previous review's score and the team's note.
 */
export function FidelityItemCard({
  item,
  index,
  control,
  register,
  suggestion,
  previous,
  onUseSuggestion,
  current,
}: {
  item: FidelityItem
  index: number
  control: Control<FidelityFormValues>
  register: UseFormRegister<FidelityFormValues>
  suggestion: FidelityPrefillItem | undefined
  previous: FidelityScore | null | undefined
  current: FidelityScore | null
  onUseSuggestion: (score: FidelityScore) => void
}) {
  const { t } = useTranslation()
  const texts = useFidelityTexts()
  const headingId = `fidelity-item-${item.number}`
  return (
    <Paper
      p="md"
      withBorder
      component="section"
      aria-labelledby={headingId}
      data-testid={`fidelity-item-${item.number}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h4" id={headingId}>
            {t('fidelity.itemHeading', { number: item.number, name: item.name })}
          </Title>
          <Group gap="xs">
            <Badge variant="outline" color="gray.8" tt="none" size="lg" bg="white">
              {item.prefilled ? t('fidelity.recordsSay') : t('fidelity.teamScored')}
            </Badge>
            {previous !== undefined && (
              <Badge variant="outline" color="gray.8" tt="none" size="lg" bg="white">
                {previous === null ? t('fidelity.previousNone') : t('fidelity.previous', { score: previous })}
              </Badge>
            )}
          </Group>
        </Group>
        <Text>{item.criterion}</Text>
        {item.prefilled && (
          <Paper p="sm" bg="teal.0" data-testid="fidelity-suggestion">
            <Text fw={700}>
              {suggestion?.suggested
                ? t('fidelity.suggested', { score: suggestion.suggested })
                : t('fidelity.noSuggestion')}
            </Text>
            {suggestion &&
              texts.explanation(suggestion).map((line) => (
                <Text key={line} size="sm">
                  {line}
                </Text>
              ))}
            {suggestion?.suggested && suggestion.suggested !== current && (
              <Button mt="xs" size="xs" variant="default" onClick={() => onUseSuggestion(suggestion.suggested!)}>
                {t('fidelity.useSuggestion')}
              </Button>
            )}
          </Paper>
        )}
        <Controller
          control={control}
          name={`items.${index}.score`}
          render={({ field }) => (
            <Radio.Group
              label={t('fidelity.scoreLabel', { number: item.number })}
              value={field.value === null ? null : String(field.value)}
              onChange={(value) => field.onChange(Number(value) as FidelityScore)}
            >
              <Stack gap={6} mt="xs">
                {SCORES.map((score) => (
                  <Radio
                    key={score}
                    value={String(score)}
                    label={`${score} – ${item.anchors[score] ?? t('fidelity.anchorBetween', { score })}`}
                    styles={{ label: { fontSize: '1rem' } }}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        <Textarea label={t('fidelity.note')} autosize minRows={2} maxRows={8} {...register(`items.${index}.note`)} />
      </Stack>
    </Paper>
  )
}
