import { useTranslation } from 'react-i18next'
import classes from './RecoveryKeyDisplay.module.css'

/** The recovery key in large monospace groups of four; groups wrap whole, so no character is ever cut off. */
export function RecoveryKeyDisplay({
  recoveryKey,
  variant = 'screen',
}: {
  recoveryKey: string
  variant?: 'screen' | 'print'
}) {
  const { t } = useTranslation()
  const groups = recoveryKey.split('-')
  return (
    <p
      className={variant === 'print' ? `${classes.key} ${classes.print}` : classes.key}
      data-testid="recovery-key"
      aria-label={`${t('vault.recoveryKey')}: ${groups.join(' ')}`}
    >
      {groups.map((group, index) => (
        <span key={index} className={classes.group}>
          {group}
          {index < groups.length - 1 && <span className={classes.separator}>-</span>}
        </span>
      ))}
    </p>
  )
}
