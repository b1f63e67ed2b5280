import { describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({ choice: 1, opened: [] as string[] }))

vi.mock('electron', () => ({
  dialog: { showMessageBoxSync: () => electron.choice },
  shell: {
    openExternal: async (url: string) => {
      electron.opened.push(url)
    },
  },
}))

const { askBeforeUnload, openKnownSource } = await import('./page-guards')
const { SRC } = await import('../benefits/sources')

function windowWithHandler() {
  let handler: ((event: { preventDefault: () => void }) => void) | undefined
  const window = { webContents: { on: (_name: string, listener: typeof handler) => (handler = listener) } }
  askBeforeUnload(window as never)
  return (choice: number) => {
    electron.choice = choice
    const event = { preventDefault: vi.fn() }
    handler!(event)
    return event.preventDefault.mock.calls.length > 0
  }
}

describe('page guards of the desktop window', () => {
  it('asks before closing over unsaved calculator input: close ignores the page, cancel keeps it open', () => {
    const unload = windowWithHandler()
    expect(unload(0)).toBe(true)
    expect(unload(1)).toBe(false)
  })

  it('opens only the sources the calculator cites in the system browser', () => {
    openKnownSource(SRC.kelaGuarantee)
    openKnownSource('https://attacker.example/?data=Aino+Virtanen')
    openKnownSource(`${SRC.kelaGuarantee}?x=1`)
    expect(electron.opened).toEqual([SRC.kelaGuarantee])
  })
})
