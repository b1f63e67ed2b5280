import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

export const clients = sqliteTable(
  'clients',
  {
    id: text('id').primaryKey(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    dateOfBirth: text('date_of_birth'),
    henkilotunnus: text('henkilotunnus'),
    phone: text('phone'),
    email: text('email'),
    municipality: text('municipality'),
    treatingUnit: text('treating_unit'),
    nurseName: text('nurse_name'),
    referralDate: text('referral_date'),
    phase: integer('phase'),
    status: text('status', { enum: ['active', 'waiting', 'closed'] }).notNull(),
    /** Lower-cased, accent-folded name, municipality and nurse: what the list search matches. */
    searchText: text('search_text').notNull(),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('clients_archived_last_name').on(table.archivedAt, table.lastName),
  ],
)

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
})
