import { addMonths, type ParameterTable } from '../../benefits'

/**
 * The table for a 12-month view. Months after the table's last known month have no official
 * figures yet; the view carries the latest known rows forward so the year can still be shown,
 * and `estimatedFrom` tells the screen which months to mark as estimates.
 */
export function tableForYearView(
  table: ParameterTable,
  startMonth: string,
): { table: ParameterTable; estimatedFrom?: string } {
  const lastMonth = addMonths(startMonth, 11)
  if (lastMonth <= table.validThrough) return { table }
  return { table: { ...table, validThrough: lastMonth }, estimatedFrom: addMonths(table.validThrough, 1) }
}
