import { text } from '../fields'
import { reviseForm } from '../revise'
import { closureForm } from './definition'

/**
 * Version 2 (domain review): a "not progressing" closure names the service the client is referred to; guardian and
 * interpreter signatures.
 */
export const closureFormV2 = reviseForm(closureForm, {
  schemaVersion: 2,
  fieldsAfter: {
    reasonDetail: [
      text('referredTo', 'Palvelu, johon asiakas ohjataan', {
        required: true,
        visibleWhen: { field: 'reason', equals: 'not-progressing' },
        help: 'Kun valmennus ei etene, asiakas ohjataan hänelle sopivampaan palveluun.',
      }),
    ],
  },
  otherSigners: true,
})
