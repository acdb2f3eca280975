#include "core/storage/migrations.h"

#include "core/log/logging.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <array>
#include <string>

namespace dealboard {

namespace {

// Version 1: folders with their stage sets, custom fields, deals, stage history and
// saved views. Values that must be exact are integers (money in minor units, times in
// milliseconds since 1970 UTC); dates without a time are ISO text, so they never shift.
constexpr std::string_view schemaVersion1 = R"sql(
CREATE TABLE folders (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL
);

CREATE TABLE stages (
    id INTEGER PRIMARY KEY,
    folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    position INTEGER NOT NULL,
    color TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('open', 'won', 'lost')),
    probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
    UNIQUE (folder_id, name_key)
);
CREATE INDEX stages_by_folder ON stages(folder_id, position);

CREATE TABLE field_definitions (
    id INTEGER PRIMARY KEY,
    folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('text', 'number', 'money', 'date', 'choice', 'person')),
    options TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL,
    UNIQUE (folder_id, name_key)
);
CREATE INDEX field_definitions_by_folder ON field_definitions(folder_id, position);

CREATE TABLE deals (
    id INTEGER PRIMARY KEY,
    folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    stage_id INTEGER NOT NULL REFERENCES stages(id),
    position INTEGER NOT NULL,
    external_id TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL CHECK (title <> ''),
    company TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    value_minor INTEGER,
    currency TEXT CHECK (currency IS NULL OR length(currency) = 3),
    close_date TEXT CHECK (close_date IS NULL OR
                           close_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    custom_fields TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    stage_entered_at INTEGER NOT NULL,
    version INTEGER NOT NULL,
    CHECK ((value_minor IS NULL) = (currency IS NULL))
);
-- A board reads a column's cards in order, and a drop looks for its neighbours.
CREATE INDEX deals_by_stage ON deals(stage_id, position);
CREATE INDEX deals_by_folder ON deals(folder_id);
CREATE UNIQUE INDEX deals_external_id ON deals(folder_id, external_id) WHERE external_id <> '';

CREATE TABLE stage_history (
    id INTEGER PRIMARY KEY,
    deal_id INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    from_stage_id INTEGER REFERENCES stages(id),
    to_stage_id INTEGER NOT NULL REFERENCES stages(id),
    changed_at INTEGER NOT NULL
);
CREATE INDEX stage_history_by_deal ON stage_history(deal_id, changed_at);
CREATE INDEX stage_history_by_to_stage ON stage_history(to_stage_id);
CREATE INDEX stage_history_by_from_stage ON stage_history(from_stage_id);

CREATE TABLE saved_views (
    id INTEGER PRIMARY KEY,
    folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    position INTEGER NOT NULL,
    definition TEXT NOT NULL,
    UNIQUE (folder_id, name_key)
);
)sql";

// Version 2: what many pipelines need. Stages get a rotting limit and are archived rather
// than deleted, so that stage_history keeps naming them; deals get a win probability set by
// hand and the reason they were lost; each folder gets its own list of lost reasons.
constexpr std::string_view schemaVersion2 = R"sql(
ALTER TABLE stages ADD COLUMN rotting_days INTEGER
    CHECK (rotting_days IS NULL OR rotting_days > 0);
ALTER TABLE stages ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));

ALTER TABLE deals ADD COLUMN probability INTEGER
    CHECK (probability IS NULL OR probability BETWEEN 0 AND 100);
ALTER TABLE deals ADD COLUMN lost_reason TEXT NOT NULL DEFAULT '';

CREATE TABLE lost_reasons (
    id INTEGER PRIMARY KEY,
    folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (folder_id, name_key)
);
)sql";

constexpr std::array migrations{
    Migration{1, "folders, stages, fields, deals, stage history and saved views", schemaVersion1},
    Migration{2, "rotting limits, archived stages, deal probabilities and lost reasons",
              schemaVersion2},
};

void applyMigration(Database &database, const Migration &migration)
{
    Transaction transaction(database);
    // Another Dealboard may have migrated the file while this one waited for the lock.
    if (database.userVersion() >= migration.version)
        return;

    database.execute(migration.sql);
    database.execute("PRAGMA application_id = " + std::to_string(dealboardApplicationId));
    database.execute("PRAGMA user_version = " + std::to_string(migration.version));
    transaction.commit();
    log(logger::storage)
        ->info("Migrated the database to schema {} ({})", migration.version, migration.description);
}

} // namespace

std::span<const Migration> schemaMigrations()
{
    return migrations;
}

int latestMigrationVersion()
{
    return migrations.back().version;
}

void applyMigrations(Database &database)
{
    for (const Migration &migration : migrations) {
        if (database.userVersion() < migration.version)
            applyMigration(database, migration);
    }
}

} // namespace dealboard
