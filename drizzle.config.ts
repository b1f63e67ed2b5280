import { defineConfig } from 'drizzle-kit'

// drizzle-kit only diffs the TypeScript schema against drizzle/meta; it never opens the encrypted vault.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src-main/core/db/schema.ts',
  out: './drizzle',
})
