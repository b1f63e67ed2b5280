import { z } from 'zod'
import { withMessage } from '../validation/messages'
import { isIsoDate } from './dates'

export { isIsoDate }

/** Every ISO date that enters the API goes through this schema ('2023-02-30' is refused, not stored). */
export const isoDateSchema = z.string().refine(isIsoDate, withMessage('errors.invalidDate'))
