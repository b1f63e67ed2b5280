import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { rendererAliases } from './electron.vite.config'

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        test: {
          name: 'core',
          include: ['src-main/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
        },
      },
      {
        // The renderer in a DOM (jsdom) with the same aliases and JSX transform as its Vite build.
        plugins: [react()],
        resolve: { alias: rendererAliases },
        test: {
          name: 'renderer',
          include: ['src-renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/renderer/setup.ts'],
          css: false,
        },
      },
    ],
  },
})
