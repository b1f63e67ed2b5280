import { Anchor, Paper, SimpleGrid, Text, Title, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { PhaseCounts as Counts } from '@process'

const PHASE_KEYS = ['1', '2', '3', '4', '5', 'none'] as const

/** The list of open clients in one phase ('none': no phase yet); the client list reads the same parameters. */
export function phaseListLink(phase: (typeof PHASE_KEYS)[number]): string {
  return `/clients?status=open&phase=${phase}`
}

/** Active clients by phase; each count opens the client list filtered to that phase. */
export function PhaseCounts({ byPhase }: { byPhase: Counts }) {
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
          const label = phase === 'none' ? t('clients.noPhase') : t(`phases.short.${phase}`)
          const count = byPhase[phase === 'none' ? 'none' : (Number(phase) as 1)]
          return (
            <Anchor
              key={phase}
              component={Link}
              to={phaseListLink(phase)}
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
