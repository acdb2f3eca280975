#include "core/storage/undojournal.h"

namespace dealboard {

UndoJournal::UndoJournal(Database &database)
    : m_database(database)
{
}

UndoJournal::~UndoJournal() = default;

} // namespace dealboard
