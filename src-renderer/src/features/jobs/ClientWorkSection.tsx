import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { BookOpen, Briefcase } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contractTypeOptions, optionLabel } from '@shared/jobs/job-options'
import type { Education, Job } from '@shared/jobs/job-schema'
import { formatDate, formatEuro } from '../../format/format'
import { EducationEndDialog, EducationStartDialog } from './EducationDialogs'
import { useClientEducation, useClientJobs } from './job-queries'
import { JobEndDialog } from './JobEndDialog'
import { JobStartDialog } from './JobStartDialog'

/** The client's jobs and studies, with "Työ alkoi / päättyi" and "Opinnot alkoivat / päättyivät". */
export function ClientWorkSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation()
  const jobs = useClientJobs(clientId)
  const education = useClientEducation(clientId)
  const [jobOpen, jobDialog] = useDisclosure(false)
  const [educationOpen, educationDialog] = useDisclosure(false)
  const [ending, setEnding] = useState<Job | null>(null)
  const [endingCourse, setEndingCourse] = useState<Education | null>(null)
  const jobRows = jobs.data ?? []
  const courses = education.data ?? []
  const range = (from: string, to: string | null) =>
    t('process.work.range', { from: formatDate(from), to: to ? formatDate(to) : t('process.work.ongoing') })

  return (
    <Paper p="lg" withBorder component="section" aria-labelledby="client-work-heading" data-testid="client-work">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="client-work-heading">
          {t('process.work.title')}
        </Title>
        <Group>
          <Button variant="default" leftSection={<Briefcase size={18} aria-hidden />} onClick={jobDialog.open}>
            {t('process.work.startJob')}
          </Button>
          <Button variant="default" leftSection={<BookOpen size={18} aria-hidden />} onClick={educationDialog.open}>
            {t('process.work.startEducation')}
          </Button>
        </Group>
      </Group>
      {jobRows.length === 0 && courses.length === 0 ? (
        <Text c="dimmed">{t('process.work.none')}</Text>
      ) : (
        <Table verticalSpacing="xs" fz="md">
          <Table.Tbody>
            {jobRows.map((job) => (
              <Table.Tr key={job.id} data-testid="job-row">
                <Table.Td>
                  <Text fw={600}>
                    {job.title}, {job.employerName}
                  </Text>
                  <Text size="sm">
                    {[
                      range(job.startedOn, job.endedOn),
                      t('process.work.hours', { hours: String(job.hoursPerWeek).replace('.', ',') }),
                      job.wagePerHour !== null ? t('process.work.wage', { amount: formatEuro(job.wagePerHour) }) : '',
                      optionLabel(contractTypeOptions, job.contractType),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={job.competitive ? 'teal.9' : 'gray.8'} variant="outline">
                    {job.competitive ? t('process.work.competitive') : t('process.work.notCompetitive')}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">
                  {!job.endedOn && (
                    <Button
                      variant="default"
                      size="sm"
                      aria-label={t('process.work.endJobLabel', { title: job.title, employer: job.employerName })}
                      onClick={() => setEnding(job)}
                    >
                      {t('process.work.endJob')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
            {courses.map((course) => {
              const name = [course.institution, course.programme].filter(Boolean).join(', ')
              return (
                <Table.Tr key={course.id} data-testid="education-row">
                  <Table.Td>
                    <Text fw={600}>{name}</Text>
                    <Text size="sm">{range(course.startedOn, course.endedOn)}</Text>
                  </Table.Td>
                  <Table.Td />
                  <Table.Td ta="right">
                    {!course.endedOn && (
                      <Button
                        variant="default"
                        size="sm"
                        aria-label={t('process.work.endEducationLabel', { name })}
                        onClick={() => setEndingCourse(course)}
                      >
                        {t('process.work.endEducation')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
      <Stack>
        <JobStartDialog clientId={clientId} opened={jobOpen} onClose={jobDialog.close} />
        <JobEndDialog job={ending} onClose={() => setEnding(null)} />
        <EducationStartDialog clientId={clientId} opened={educationOpen} onClose={educationDialog.close} />
        <EducationEndDialog course={endingCourse} onClose={() => setEndingCourse(null)} />
      </Stack>
    </Paper>
  )
}
