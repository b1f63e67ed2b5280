import { zodResolver } from '@hookform/resolvers/zod'
import {
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { localToday } from '@shared/dates/dates'
import {
  CODE_CLASSIFICATIONS,
  isCodeValidOn,
  procedureCodeInputSchema,
  type ProcedureCode,
  type ProcedureCodeInput,
} from '@shared/procedure-codes/procedure-code-schema'
import { formatDate } from '../../format/format'
import { useLanguage } from '../../i18n/document-language'
import { DateField } from '../../forms-ui/DateField'
import { ErrorAlert } from '../../forms-ui/ErrorAlert'
import { fieldErrorText } from '../../forms-ui/use-field-error'
import { WideTable } from '../../forms-ui/WideTable'
import { processErrorMessage } from '../contacts/process-errors'
import { procedureCodeLabel } from './procedure-code-labels'
import { useAddProcedureCode, useEndProcedureCode, useProcedureCodes } from './procedure-code-queries'

/** The procedure-code table: THL's codes shipped with the app and the county's own, each with its dates. */
export function ProcedureCodesPage() {
  const { t } = useTranslation()
  const language = useLanguage()
  const codes = useProcedureCodes()
  const [ending, setEnding] = useState<ProcedureCode | null>(null)
  const end = useEndProcedureCode()
  const today = localToday()
  return (
    <Stack gap="md" maw={1100}>
      <Title order={1}>{t('process.codes.title')}</Title>
      <Text maw={800}>{t('process.codes.intro')}</Text>
      <AddCodeForm />
      <Paper withBorder p="md">
        <WideTable label={t('process.codes.title')} minWidth={720}>
          <Table verticalSpacing="xs" fz="md" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('process.codes.code')}</Table.Th>
                <Table.Th>{t('process.codes.label')}</Table.Th>
                <Table.Th>{t('process.codes.classification')}</Table.Th>
                <Table.Th>{t('process.codes.validity')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(codes.data ?? []).map((code) => (
                <Table.Tr key={code.id} data-testid={`code-${code.code}`}>
                  <Table.Td fw={600}>{code.code}</Table.Td>
                  <Table.Td>{procedureCodeLabel(code, language)}</Table.Td>
                  <Table.Td>{t(`process.codes.classifications.${code.classification}`)}</Table.Td>
                  <Table.Td>
                    {t('process.codes.validRange', {
                      from: code.validFrom ? formatDate(code.validFrom) : '',
                      to: code.validTo ? formatDate(code.validTo) : t('process.codes.always'),
                    })}
                    {!isCodeValidOn(code, today) && (
                      <Badge ml="xs" color="gray.8" variant="outline">
                        {code.validTo && code.validTo < today ? formatDate(code.validTo) : formatDate(code.validFrom)}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {code.validTo ? (
                      <Button
                        variant="subtle"
                        size="xs"
                        aria-label={t('process.codes.reopenLabel', { code: code.code })}
                        onClick={() => end.mutate({ id: code.id, validTo: null })}
                      >
                        {t('process.codes.reopen')}
                      </Button>
                    ) : (
                      <Button
                        variant="subtle"
                        size="xs"
                        aria-label={t('process.codes.endLabel', { code: code.code })}
                        onClick={() => setEnding(code)}
                      >
                        {t('process.codes.end')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </WideTable>
      </Paper>
      <EndCodeDialog code={ending} onClose={() => setEnding(null)} />
    </Stack>
  )
}

function AddCodeForm() {
  const { t } = useTranslation()
  const add = useAddProcedureCode()
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<ProcedureCodeInput, unknown, z.output<typeof procedureCodeInputSchema>>({
    resolver: zodResolver(procedureCodeInputSchema),
    defaultValues: { code: '', label: '', classification: 'local', validFrom: localToday(), validTo: null },
  })
  const { control, register, handleSubmit, reset } = form
  const errorText = (name: string) => fieldErrorText(form.formState.errors, name, t)
  const submit = handleSubmit(async (fields) => {
    setFailure(null)
    try {
      await add.mutateAsync(fields)
      notifications.show({ color: 'teal', message: t('process.codes.added') })
      reset()
    } catch (error) {
      setFailure(processErrorMessage(t, error) ?? t('errors.saveFailed'))
    }
  })
  return (
    <Paper withBorder p="md" component="form" noValidate onSubmit={submit} aria-labelledby="add-code-heading">
      <Title order={2} size="h3" mb="sm" id="add-code-heading">
        {t('process.codes.addTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
        <TextInput label={t('process.codes.code')} required {...register('code')} error={errorText('code')} />
        <TextInput label={t('process.codes.label')} required {...register('label')} error={errorText('label')} />
        <NativeSelect
          label={t('process.codes.classification')}
          data={CODE_CLASSIFICATIONS.map((value) => ({ value, label: t(`process.codes.classifications.${value}`) }))}
          {...register('classification')}
        />
        <Controller
          control={control}
          name="validFrom"
          render={({ field }) => (
            <DateField
              label={t('process.codes.validFrom')}
              required
              clearable={false}
              value={field.value}
              onChange={(value) => field.onChange(value ?? '')}
              error={errorText('validFrom')}
            />
          )}
        />
        <Controller
          control={control}
          name="validTo"
          render={({ field }) => (
            <DateField
              label={t('process.codes.validTo')}
              value={field.value}
              onChange={field.onChange}
              error={errorText('validTo')}
            />
          )}
        />
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit" loading={add.isPending}>
          {t('process.codes.add')}
        </Button>
      </Group>
      <ErrorAlert message={failure} />
    </Paper>
  )
}

function EndCodeDialog({ code, onClose }: { code: ProcedureCode | null; onClose: () => void }) {
  const { t } = useTranslation()
  const end = useEndProcedureCode()
  const [validTo, setValidTo] = useState<string | null>(localToday())
  const [failure, setFailure] = useState<string | null>(null)
  const save = async () => {
    if (!code) return
    setFailure(null)
    try {
      await end.mutateAsync({ id: code.id, validTo })
      onClose()
    } catch (error) {
      setFailure(processErrorMessage(t, error) ?? t('errors.saveFailed'))
    }
  }
  return (
    <Modal opened={code !== null} onClose={onClose} title={t('process.codes.endTitle', { code: code?.code ?? '' })}>
      <Stack>
        <DateField label={t('process.codes.validTo')} required value={validTo} onChange={setValidTo} data-autofocus />
        <ErrorAlert message={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={end.isPending} disabled={!validTo}>
            {t('process.codes.end')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
