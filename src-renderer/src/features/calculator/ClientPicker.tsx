import { CloseButton, Combobox, InputBase, Text, useCombobox } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { clientName } from '../clients/client-name'
import { useClientPickerSearch } from './calculator-queries'

export type ClientChoice = { id: string; name: string }

/**
 * Search-as-you-type client choice for saving a calculation opened from the navigation: it asks the core for the few
 * clients matching what is typed (never the whole register), and it is memoised, so typing in the calculator's
 * fields does not render it again.
 */
export const ClientPicker = memo(function ClientPicker({
  value,
  onChange,
}: {
  value: ClientChoice | null
  onChange: (client: ClientChoice | null) => void
}) {
  const { t } = useTranslation()
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() })
  const [search, setSearch] = useState(value?.name ?? '')
  const [debounced] = useDebouncedValue(search, 200)
  const found = useClientPickerSearch(value && search === value.name ? '' : debounced)
  const items = found.data?.items ?? []
  const searching = debounced.trim() !== '' && !(value && search === value.name)

  const choose = (id: string) => {
    const item = items.find((candidate) => candidate.id === id)
    if (!item) return
    const choice = { id: item.id, name: clientName(item) }
    onChange(choice)
    setSearch(choice.name)
    combobox.closeDropdown()
  }

  return (
    <Combobox store={combobox} onOptionSubmit={choose}>
      <Combobox.Target withExpandedAttribute>
        <InputBase
          label={t('calculator.picker.label')}
          description={t('calculator.picker.help')}
          placeholder={t('calculator.picker.placeholder')}
          value={search}
          size="md"
          autoComplete="off"
          spellCheck={false}
          data-testid="client-picker"
          onChange={(event) => {
            setSearch(event.currentTarget.value)
            if (value) onChange(null)
            combobox.openDropdown()
            combobox.updateSelectedOptionIndex()
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          rightSection={
            search !== '' ? (
              <CloseButton
                size="sm"
                aria-label={t('calculator.picker.clear')}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  setSearch('')
                  onChange(null)
                }}
              />
            ) : null
          }
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!searching}>
        <Combobox.Options>
          {items.map((item) => (
            <Combobox.Option value={item.id} key={item.id}>
              <Text fz="md">{clientName(item)}</Text>
              {item.municipality && (
                <Text fz="sm" c="gray.7">
                  {item.municipality}
                </Text>
              )}
            </Combobox.Option>
          ))}
          {found.isSuccess && items.length === 0 && <Combobox.Empty>{t('calculator.picker.noResults')}</Combobox.Empty>}
        </Combobox.Options>
        {found.data?.more && (
          <Combobox.Footer>
            <Text fz="sm">{t('calculator.picker.more', { count: items.length })}</Text>
          </Combobox.Footer>
        )}
      </Combobox.Dropdown>
    </Combobox>
  )
})
