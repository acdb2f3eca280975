#pragma once

namespace dealboard {

class Database;

// The record of changes behind Repository::undo and redo (see Repository::enableUndo).
class UndoJournal final
{
public:
    explicit UndoJournal(Database &database);
    ~UndoJournal();
    UndoJournal(const UndoJournal &) = delete;
    UndoJournal &operator=(const UndoJournal &) = delete;

private:
    Database &m_database;
};

} // namespace dealboard
