#include "core/storage/undojournal.h"

#include "core/storage/database.h"

namespace dealboard {

namespace {

// The journal lives in the TEMP schema: private to this connection, gone when it closes,
// and never written into the user's file. A step's kind says which list it is on.
constexpr std::string_view journalTables = R"sql(
CREATE TEMP TABLE IF NOT EXISTS undo_steps (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('undo', 'redo'))
);
CREATE TEMP TABLE IF NOT EXISTS undo_entries (
    seq INTEGER PRIMARY KEY,
    step_id INTEGER,
    sql TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS temp.undo_entries_by_step ON undo_entries(step_id, seq);
)sql";

constexpr std::string_view undoKind = "undo";
constexpr std::string_view redoKind = "redo";

std::string identifier(std::string_view name)
{
    std::string quoted = "\"";
    for (const char c : name)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string literal(std::string_view text)
{
    std::string quoted = "'";
    for (const char c : text)
        quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return quoted + "'";
}

// An SQL expression that builds a statement's text at the moment a trigger fires: fixed
// text joined to values of the changed row, each written as an SQL literal by quote(),
// which keeps text, integers, reals and blobs exact.
class StatementText final
{
public:
    StatementText &text(std::string_view text)
    {
        m_pending += text;
        return *this;
    }

    StatementText &value(std::string_view rowExpression)
    {
        flush();
        m_parts.push_back("quote(" + std::string(rowExpression) + ")");
        return *this;
    }

    std::string expression()
    {
        flush();
        std::string joined;
        for (const std::string &part : m_parts)
            joined += (joined.empty() ? "" : "||") + part;
        return joined;
    }

private:
    void flush()
    {
        if (!m_pending.empty())
            m_parts.push_back(literal(m_pending));
        m_pending.clear();
    }

    std::vector<std::string> m_parts;
    std::string m_pending;
};

// What the triggers of one table need to know about it.
struct TableShape
{
    std::string name;
    std::vector<std::string> columns;
    // The columns that find a row: rowid, or the primary key of a WITHOUT ROWID table.
    std::vector<std::string> keys;
};

TableShape readShape(Database &database, const std::string &table, bool withoutRowid)
{
    TableShape shape{table, {}, {}};
    Query query = database.query("SELECT name, pk FROM pragma_table_info(?1, 'main') ORDER BY cid");
    query.bind(table);
    while (query.next()) {
        shape.columns.push_back(query.text(0));
        if (withoutRowid && query.integer(1) > 0)
            shape.keys.push_back(query.text(0));
    }
    if (!withoutRowid)
        shape.keys = {"rowid"};
    return shape;
}

std::string columnName(std::string_view column)
{
    return column == "rowid" ? std::string(column) : identifier(column);
}

// " WHERE key = <row's key>" of the row as it is after the change (prefix "new" or "old").
void appendKeyCondition(StatementText &statement, const TableShape &shape, std::string_view row)
{
    statement.text(" WHERE ");
    for (std::size_t i = 0; i < shape.keys.size(); ++i) {
        statement.text((i ? " AND " : "") + columnName(shape.keys[i]) + " = ");
        statement.value(std::string(row) + "." + columnName(shape.keys[i]));
    }
}

std::string target(const TableShape &shape)
{
    return "main." + identifier(shape.name);
}

// After an INSERT, the way back deletes the row.
std::string reverseOfInsert(const TableShape &shape)
{
    StatementText statement;
    statement.text("DELETE FROM " + target(shape));
    appendKeyCondition(statement, shape, "new");
    return statement.expression();
}

// After an UPDATE, the way back writes every old value (the rowid too: it may change).
std::string reverseOfUpdate(const TableShape &shape)
{
    StatementText statement;
    statement.text("UPDATE " + target(shape) + " SET ");
    bool first = true;
    const bool hasRowid = shape.keys == std::vector<std::string>{"rowid"};
    if (hasRowid) {
        statement.text("rowid = ").value("old.rowid");
        first = false;
    }
    for (const std::string &column : shape.columns) {
        statement.text((first ? "" : ", ") + identifier(column) + " = ");
        statement.value("old." + identifier(column));
        first = false;
    }
    appendKeyCondition(statement, shape, "new");
    return statement.expression();
}

// After a DELETE, the way back inserts the whole row again with its rowid.
std::string reverseOfDelete(const TableShape &shape)
{
    std::vector<std::string> columns = shape.columns;
    if (shape.keys == std::vector<std::string>{"rowid"})
        columns.insert(columns.begin(), "rowid");

    StatementText statement;
    std::string names;
    for (const std::string &column : columns)
        names += (names.empty() ? "" : ", ") + columnName(column);
    statement.text("INSERT INTO " + target(shape) + " (" + names + ") VALUES (");
    for (std::size_t i = 0; i < columns.size(); ++i)
        statement.text(i ? ", " : "").value("old." + columnName(columns[i]));
    statement.text(")");
    return statement.expression();
}

std::string trigger(const TableShape &shape, std::string_view event, const std::string &reverse)
{
    // Statements inside a trigger may not name a schema; undo_entries is found in TEMP.
    return "CREATE TEMP TRIGGER IF NOT EXISTS " +
           identifier("undo_" + shape.name + "_" + std::string(event)) + " AFTER " +
           std::string(event) + " ON " + target(shape) +
           " BEGIN INSERT INTO undo_entries (sql) VALUES (" + reverse + "); END";
}

} // namespace

UndoJournal::UndoJournal(Database &database)
    : m_database(database)
{
    createTables();
    createTriggers();
}

UndoJournal::~UndoJournal() = default;

void UndoJournal::createTables()
{
    m_database.execute(journalTables);
}

void UndoJournal::createTriggers()
{
    // Only real tables: views, virtual tables and their shadow tables keep themselves.
    std::vector<std::pair<std::string, bool>> tables;
    Query query = m_database.query("SELECT name, wr FROM pragma_table_list"
                                   " WHERE schema = 'main' AND type = 'table'"
                                   " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    while (query.next())
        tables.emplace_back(query.text(0), query.integer(1) != 0);

    for (const auto &[table, withoutRowid] : tables) {
        const TableShape shape = readShape(m_database, table, withoutRowid);
        m_database.execute(trigger(shape, "INSERT", reverseOfInsert(shape)));
        m_database.execute(trigger(shape, "UPDATE", reverseOfUpdate(shape)));
        m_database.execute(trigger(shape, "DELETE", reverseOfDelete(shape)));
    }
}

bool UndoJournal::hasLooseEntries()
{
    Query query = m_database.query("SELECT 1 FROM undo_entries WHERE step_id IS NULL LIMIT 1");
    return query.next();
}

void UndoJournal::forgetRedoSteps()
{
    m_database
        .query("DELETE FROM undo_entries WHERE step_id IN"
               " (SELECT id FROM undo_steps WHERE kind = 'redo')")
        .run();
    m_database.query("DELETE FROM undo_steps WHERE kind = 'redo'").run();
}

void UndoJournal::closeLooseChanges()
{
    if (!isRecording())
        static_cast<void>(closeStep(looseChangeLabel));
}

std::optional<UndoStep> UndoJournal::closeStep(std::string_view label)
{
    if (!hasLooseEntries())
        return std::nullopt;

    forgetRedoSteps();
    m_database.query("INSERT INTO undo_steps (label, kind) VALUES (?1, 'undo')").bind(label).run();
    UndoStep step{m_database.lastInsertId(), std::string(label)};
    m_database.query("UPDATE undo_entries SET step_id = ?1 WHERE step_id IS NULL")
        .bind(step.id)
        .run();
    return step;
}

std::optional<UndoStep> UndoJournal::undo()
{
    // The newest undo step: every redo step is newer than every undo step.
    const auto step = firstStep("SELECT id, label FROM undo_steps WHERE kind = 'undo'"
                                " ORDER BY id DESC LIMIT 1");
    if (!step)
        return std::nullopt;
    return replay(*step, redoKind);
}

std::optional<UndoStep> UndoJournal::redo()
{
    const auto step = firstStep("SELECT id, label FROM undo_steps WHERE kind = 'redo'"
                                " ORDER BY id LIMIT 1");
    if (!step)
        return std::nullopt;
    return replay(*step, undoKind);
}

std::optional<UndoStep> UndoJournal::firstStep(std::string_view sql)
{
    Query query = m_database.query(sql);
    if (!query.next())
        return std::nullopt;
    return UndoStep{query.integer(0), query.text(1)};
}

// Runs the step's entries newest first. The triggers record what that did as loose
// entries, which become the step's entries for the other direction.
UndoStep UndoJournal::replay(const UndoStep &step, std::string_view becomes)
{
    std::vector<std::string> statements;
    {
        Query query =
            m_database.query("SELECT sql FROM undo_entries WHERE step_id = ?1 ORDER BY seq DESC");
        query.bind(step.id);
        while (query.next())
            statements.push_back(query.text(0));
    }
    m_database.query("DELETE FROM undo_entries WHERE step_id = ?1").bind(step.id).run();

    // Each text is different; preparing them through the statement cache would fill it.
    for (const std::string &statement : statements)
        m_database.execute(statement);

    m_database.query("UPDATE undo_entries SET step_id = ?1 WHERE step_id IS NULL")
        .bind(step.id)
        .run();
    m_database.query("UPDATE undo_steps SET kind = ?1 WHERE id = ?2").bind(becomes, step.id).run();
    return step;
}

std::vector<UndoStep> UndoJournal::steps(std::string_view kind)
{
    Query query = m_database.query("SELECT id, label FROM undo_steps WHERE kind = ?1 ORDER BY id");
    query.bind(kind);
    std::vector<UndoStep> found;
    while (query.next())
        found.push_back(UndoStep{query.integer(0), query.text(1)});
    return found;
}

std::vector<UndoStep> UndoJournal::undoSteps()
{
    return steps(undoKind);
}

std::vector<UndoStep> UndoJournal::redoSteps()
{
    return steps(redoKind);
}

} // namespace dealboard
