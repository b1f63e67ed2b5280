import { Anchor, Paper, SimpleGrid, Text, Title, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Caseload } from '@shared/api/clients-api'
import { openClientsInPhase } from '../clients/client-list-params'
import { useCaseload } from '../clients/client-queries'

const PHASE_KEYS = ['1', '2', '3', '4', '5', 'none'] as const

/**
 * Open clients by phase, counted by the core as the client list counts them, so each count opens a list of exactly
 * that many (`/clients?phase=2&status=open`). Clients waiting to start have no phase yet and count under "no phase".
 */
export function PhaseCounts() {
  const { t } = useTranslation()
  const caseload: Caseload | undefined = useCaseload().data
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
          const count = caseload?.byPhase[phase]
          return (
            <Anchor
              key={phase}
              component={Link}
              to={openClientsInPhase(phase === 'none' ? 'none' : (Number(phase) as 1))}
              underline="never"
              data-testid={`phase-count-${phase}`}
            >
              {/* The name first for a screen reader ("2 Profilointi: 3 avointa asiakasta"); on screen the count above. */}
              <Paper
                p="sm"
                bg="gray.0"
                ta="center"
                withBorder
                style={{ display: 'flex', flexDirection: 'column-reverse' }}
              >
                <Text size="sm" c="black">
                  {label}
                </Text>
                <VisuallyHidden>: </VisuallyHidden>
                <Text size="xl" fw={700} c="teal.9">
                  {count ?? '–'}
                  <VisuallyHidden> {t('home.openClients')}</VisuallyHidden>
                </Text>
              </Paper>
            </Anchor>
          )
        })}
      </SimpleGrid>
    </section>
  )
}
