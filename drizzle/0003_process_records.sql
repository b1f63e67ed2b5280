CREATE TABLE `contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text,
	`employer_id` text,
	`employer_person_id` text,
	`on_date` text NOT NULL,
	`start_time` text,
	`duration_minutes` integer,
	`with_whom` text NOT NULL,
	`mode` text NOT NULL,
	`reached` integer NOT NULL,
	`setting` text,
	`procedure_code_id` text,
	`note` text NOT NULL,
	`purposes_json` text,
	`outcome` text,
	`next_step` text,
	`next_step_on` text,
	`client_present` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employer_person_id`) REFERENCES `employer_persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`procedure_code_id`) REFERENCES `procedure_codes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contacts_client_date` ON `contacts` (`client_id`,`on_date`);--> statement-breakpoint
CREATE INDEX `contacts_employer_date` ON `contacts` (`employer_id`,`on_date`);--> statement-breakpoint
CREATE INDEX `contacts_date` ON `contacts` (`on_date`);--> statement-breakpoint
CREATE TABLE `education` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`education_type` text NOT NULL,
	`institution` text NOT NULL,
	`programme` text,
	`started_on` text NOT NULL,
	`ended_on` text,
	`end_type` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `education_client` ON `education` (`client_id`,`started_on`);--> statement-breakpoint
CREATE TABLE `employer_persons` (
	`id` text PRIMARY KEY NOT NULL,
	`employer_id` text NOT NULL,
	`name` text NOT NULL,
	`role` text,
	`phone` text,
	`email` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `employer_persons_employer` ON `employer_persons` (`employer_id`);--> statement-breakpoint
CREATE TABLE `employers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`business_id` text,
	`sector` text,
	`municipality` text,
	`note` text,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `employers_business_id_unique` ON `employers` (`business_id`);--> statement-breakpoint
CREATE INDEX `employers_name` ON `employers` (`name`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`employer_id` text NOT NULL,
	`title` text NOT NULL,
	`job_type` text,
	`started_on` text NOT NULL,
	`paid_hours_on` text,
	`hours_per_week` real NOT NULL,
	`wage_per_hour` real,
	`contract_type` text NOT NULL,
	`fixed_term_until` text,
	`wage_subsidy` integer NOT NULL,
	`wage_subsidy_percent` integer,
	`wage_as_coworkers` integer NOT NULL,
	`open_to_anyone` integer NOT NULL,
	`service_time_limit` integer NOT NULL,
	`how_found` text,
	`note` text,
	`ended_on` text,
	`end_type` text,
	`end_factors_json` text,
	`lessons` text,
	`next_step` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `jobs_client` ON `jobs` (`client_id`,`started_on`);--> statement-breakpoint
CREATE INDEX `jobs_employer` ON `jobs` (`employer_id`);--> statement-breakpoint
CREATE TABLE `phase_history` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`phase` integer NOT NULL,
	`from_date` text NOT NULL,
	`maintenance` integer DEFAULT false NOT NULL,
	`note` text,
	`source` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `phase_history_client` ON `phase_history` (`client_id`,`from_date`);--> statement-breakpoint
CREATE TABLE `procedure_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`label` text NOT NULL,
	`classification` text NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`source` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `procedure_codes_code_from` ON `procedure_codes` (`code`,`valid_from`);--> statement-breakpoint
ALTER TABLE `clients` ADD `situation_at_referral` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `care_team_frequency` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `entered_on` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `closed_on` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `closure_reason` text;--> statement-breakpoint
-- Hand-written below: the seeded procedure codes, the old single phase moved into the history, and the entry and
-- closure dates read from the forms already finalised (the cooperation agreement's entry date, the closure form's date
-- and reason), so that existing clients keep every fact they had and gain none that was guessed.
-- Codes: THL-Toimenpideluokitus I-codes and SPAT codes as read from THL's code data (January 2023); IAB04 and IEY07
-- with their long names, the others with THL's short label and the app's Finnish gloss. Start dates are not known:
-- valid_from NULL means "in use since before the app".
INSERT INTO `procedure_codes` (`id`, `code`, `label`, `classification`, `valid_from`, `valid_to`, `source`, `created_at`, `updated_at`) VALUES
  ('6c21a1e2-ea7d-46aa-8a83-e11003d82505', 'IAB04', 'Työkykykonsultaatio, mielenterveys- ja päihdehäiriö (KONS/Työkyky)', 'thl', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('f2222dc9-0f97-4a89-9093-17bf7bb81e9d', 'IEY07', 'Työvalmennus, mielenterveys- ja päihdehäiriö (INTK/Työvalmennus)', 'thl', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('5771634e-c142-49cd-9cc6-1fa831e846fe', 'IBB02', 'TUTK/Työkyky – työkyvyn ja kuntoutustarpeen psykiatrinen arvio', 'thl', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('05b98b56-84b0-427d-9e29-308e80f3a437', 'IBB03', 'TUTK/Amm.kunt.tarve – ammatillisen kuntoutuksen tarpeen arvio', 'thl', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('76cb7297-cc64-4242-9f88-bf951f423ce9', 'IBZ01', 'TUTK/Amm.erityis', 'thl', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('e09ae0d6-af7d-48aa-aee8-a851fb3b9d2d', 'IEY03', 'INTK/Amm.kuntoutus – psykiatrinen ammatillinen kuntoutus', 'thl', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('de66fed9-9b3b-4c64-9815-5802e6ec8812', 'IEY05', 'INTK/YksilöAmm.erit – yksilöllinen ammatillinen interventio', 'thl', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('5f53406e-bb9b-402c-91be-01a168e7045d', 'IER02', 'INTK/RyhmäAmm.erit – ammatillinen interventio ryhmässä', 'thl', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('ad545e54-4e09-45aa-a47e-ebc2f5a018cd', 'IEV99', 'INTK/Verkostotyö – muu verkostotyö', 'thl', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('9a847765-cd3d-43d5-8d3d-c0ad65736342', 'IHZ98', 'Muu verkostokontakti, mielenterveys- ja päihdetyö', 'thl', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('d0378596-d94c-43f6-b30f-670bd621fabf', 'IHZ99', 'Muu hoitokontakti, mielenterveys- ja päihdetyö', 'thl', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('73eb8991-9e5b-4ee0-b3af-d401baeb6a56', 'IEY02', 'ACT', 'thl', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('a02ac9dc-7dce-4c55-80fc-32d793eb6ff8', 'SPAT1219', 'Ammatillisen kuntoutuksen tarpeen arviointi', 'spat', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('c093de10-13da-47c6-9611-62f288d5134c', 'SPAT1220', 'Kuntoutustarpeen arvio ja/tai kuntoutussuunnitelma', 'spat', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('249a85e9-4db4-4697-bb81-4da64449384c', 'SPAT1221', 'Kuntoutuspalveluita ja toimeentuloa koskeva ohjaus', 'spat', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('75cf198b-a652-4bf8-abaa-e1e14316ae3f', 'SPAT1307', 'Psykososiaalinen neuvonta ja ohjaus', 'spat', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('771e783d-09a4-4a1a-8d86-2c292c784b67', 'SPAT1346', 'Ohjaus ammatilliseen kuntoutukseen', 'spat', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('d2714211-3816-477b-b1c6-4b9541762269', 'SPAT1404', 'Yhteydenotto työpaikalle', 'spat', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z'),
  ('f5672659-0b39-4995-a6b4-7845ce54836f', 'SPAT1408', 'Ohjaus verkostoneuvotteluun', 'spat', NULL, NULL, 'seed', '2026-11-23T00:00:00.000Z', '2026-11-23T00:00:00.000Z');
--> statement-breakpoint
-- The old single phase becomes the first entry of the history, dated the day the client was added to the app (the
-- earliest day the app knew it). clients.phase stays: it is the current phase, kept in step with the history.
INSERT INTO `phase_history` (`id`, `client_id`, `phase`, `from_date`, `maintenance`, `note`, `source`, `created_at`)
  SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-a' || substr(h, 18, 3) || '-' ||
      substr(h, 21, 12), `id`, `phase`, substr(`created_at`, 1, 10), 0, NULL, 'migrated', `created_at`
  FROM (SELECT `id`, `phase`, `created_at`, lower(hex(randomblob(16))) AS h FROM `clients`
        WHERE `phase` BETWEEN 1 AND 5);
--> statement-breakpoint
UPDATE `clients` SET `entered_on` = (
  SELECT json_extract(v.`values_json`, '$.entryDate') FROM `form_versions` v
    JOIN `form_documents` d ON d.`id` = v.`document_id`
  WHERE d.`client_id` = `clients`.`id` AND v.`form_id` = 'cooperation-agreement'
    AND json_valid(v.`values_json`)
    AND json_extract(v.`values_json`, '$.entryDate') GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
  ORDER BY v.`finalised_at` DESC, v.`version_number` DESC LIMIT 1);
--> statement-breakpoint
UPDATE `clients` SET
  `closed_on` = c.`closed_on`,
  `closure_reason` = c.`closure_reason`
FROM (
  SELECT d.`client_id`,
    json_extract(v.`values_json`, '$.closureDate') AS `closed_on`,
    CASE json_extract(v.`values_json`, '$.reason')
      WHEN 'client-wish' THEN 'client-wish'
      WHEN 'not-reached' THEN 'not-reached'
      WHEN 'support-completed' THEN 'goal-reached'
      WHEN 'not-progressing' THEN 'not-progressing'
      WHEN 'moved-away' THEN 'moved'
      ELSE 'other'
    END AS `closure_reason`,
    row_number() OVER (PARTITION BY d.`client_id` ORDER BY v.`finalised_at` DESC, v.`version_number` DESC) AS n
  FROM `form_versions` v JOIN `form_documents` d ON d.`id` = v.`document_id`
  WHERE v.`form_id` = 'closure' AND json_valid(v.`values_json`)
    AND json_extract(v.`values_json`, '$.closureDate') GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
) AS c
WHERE c.`client_id` = `clients`.`id` AND c.n = 1;
--> statement-breakpoint
-- A closure older than the newest entry belongs to an earlier episode: the client came back and is open again.
UPDATE `clients` SET `closed_on` = NULL, `closure_reason` = NULL WHERE `closed_on` < `entered_on`;
