import { Anchor, Paper, SimpleGrid, Text, Title, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { PhaseCounts as Counts } from '@process'
import { phaseFilterPath } from '../clients/phase-filter'

const PHASE_KEYS = ['1', '2', '3', '4', '5', 'none'] as const

/**
 * Active clients by phase; each count opens the client list filtered to that phase. The list's "no phase" holds the
 * clients waiting to start too (no cooperation agreement, so no phase yet): that count includes them, so the number
 * and the list it opens agree.
 */
export function PhaseCounts({ byPhase, notEntered }: { byPhase: Counts; notEntered: number }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="phases-title">
      <Title order={2} size="h3" id="phases-title">
        {t('caseload.byPhaseTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('caseload.byPhaseIntro')}
      </Text>
      <SimpleGrid cols={{ base: 3, md: 6 }} spacing="xs">
        {PHASE_KEYS.map((phase) => {
          const label = phase === 'none' ? t('caseload.noPhaseOrWaiting') : t(`phases.short.${phase}`)
          const count = phase === 'none' ? byPhase.none + notEntered : byPhase[Number(phase) as 1]
          return (
            <Anchor
              key={phase}
              component={Link}
              to={phaseFilterPath(phase === 'none' ? 'none' : (Number(phase) as 1))}
              underline="never"
              data-testid={`phase-count-${phase}`}
            >
              <Paper p="sm" bg="gray.0" ta="center" withBorder>
                <Text size="xl" fw={700} c="teal.9">
                  {count}
                  <VisuallyHidden>{t('caseload.clientsIn', { count })}</VisuallyHidden>
                </Text>
                <Text size="sm" c="black">
                  {label}
                </Text>
              </Paper>
            </Anchor>
          )
        })}
      </SimpleGrid>
    </section>
  )
}
