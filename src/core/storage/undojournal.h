#pragma once

#include "core/storage/repository.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealboard {

class Database;

// The record of changes behind Repository::undo and redo (see Repository::enableUndo).
//
// It follows SQLite's own recipe for undo: TEMP triggers on every table of the main schema
// write, for each row a statement inserts, updates or deletes, the SQL statement that puts
// the row back as it was (a DELETE by rowid, an UPDATE with the old values, an INSERT of
// the whole row with its rowid) into a TEMP table of this connection. A step is the run of
// those entries one piece of work made. Undoing a step runs its entries newest first; the
// triggers fire for those statements too, and what they record is the step's redo, and the
// other way round. Because the triggers read the tables and columns from the schema when
// undo is turned on, tables and columns added by later migrations are covered without code.
//
// Every method writes and expects the caller to hold a transaction. Methods throw
// StorageError, like Database.
class UndoJournal final
{
public:
    // Creates the journal's TEMP tables and triggers on this connection.
    explicit UndoJournal(Database &database);
    ~UndoJournal();
    UndoJournal(const UndoJournal &) = delete;
    UndoJournal &operator=(const UndoJournal &) = delete;

    // What a step made of writes done outside any recorded step is called.
    static constexpr std::string_view looseChangeLabel = "Change";

    // Entries written since the last step (writes made outside recordStep) become one
    // undoable step of their own, so that the next step cannot swallow them.
    void closeLooseChanges();
    // Turns the entries written since the last step into a new undoable step named label
    // and forgets every redo step. Writes nothing and returns nothing when nothing changed.
    std::optional<UndoStep> closeStep(std::string_view label);

    // Reverses the newest undo step; it becomes the next redo step. Nothing when there is
    // none. Foreign keys must be deferred: cascaded rows come back in any order.
    std::optional<UndoStep> undo();
    // Reverses the next redo step; it becomes the newest undo step again.
    std::optional<UndoStep> redo();

    // Oldest first.
    std::vector<UndoStep> undoSteps();
    // Next to redo first.
    std::vector<UndoStep> redoSteps();

    // recordStep nests: an inner one is part of the outer step.
    bool isRecording() const { return m_recordingDepth > 0; }
    void beginRecording() { ++m_recordingDepth; }
    void endRecording() { --m_recordingDepth; }

private:
    void createTables();
    void createTriggers();
    void createTriggers(const std::string &table);
    std::optional<UndoStep> firstStep(std::string_view sql);
    UndoStep replay(const UndoStep &step, std::string_view becomes);
    std::vector<UndoStep> steps(std::string_view kind);
    bool hasLooseEntries();
    void forgetRedoSteps();

    Database &m_database;
    int m_recordingDepth = 0;
};

} // namespace dealboard
