// The Repository's undo and redo, over the journal of UndoJournal.
#include "core/storage/repository.h"

#include "core/storage/database.h"
#include "core/storage/storageguard.h"
#include "core/storage/undojournal.h"

namespace dealboard {

namespace {

constexpr std::string_view notEnabled = "Undo is not turned on for this database";

// Marks the journal as recording for as long as a step's work runs, failures included.
class RecordingScope final
{
public:
    explicit RecordingScope(UndoJournal &journal)
        : m_journal(journal)
    {
        m_journal.beginRecording();
    }
    ~RecordingScope() { m_journal.endRecording(); }
    RecordingScope(const RecordingScope &) = delete;
    RecordingScope &operator=(const RecordingScope &) = delete;

private:
    UndoJournal &m_journal;
};

} // namespace

Status Repository::enableUndo()
{
    return atomically(*m_database, "Could not turn on undo", [&]() -> Status {
        if (!m_undo)
            m_undo = std::make_unique<UndoJournal>(*m_database);
        return {};
    });
}

bool Repository::isUndoEnabled() const
{
    return m_undo != nullptr;
}

Status Repository::recordStep(std::string_view label, const std::function<Status()> &work)
{
    // Without a journal, or inside another step, the work is simply part of what surrounds it.
    if (!m_undo || m_undo->isRecording())
        return inTransaction(work);

    return atomically(*m_database, "The changes were not saved", [&]() -> Status {
        m_undo->closeLooseChanges();
        {
            RecordingScope recording(*m_undo);
            if (auto done = work(); !done)
                return done;
        }
        static_cast<void>(m_undo->closeStep(label));
        return {};
    });
}

Result<UndoStep> Repository::undo()
{
    if (!m_undo)
        return failure(std::string(notEnabled));
    return atomically(*m_database, "Could not undo", [&]() -> Result<UndoStep> {
        // A cascade deletes children before the parent's row is journaled; they come back
        // first, so foreign keys are checked at the commit, when everything is back.
        m_database->execute("PRAGMA defer_foreign_keys = ON");
        m_undo->closeLooseChanges();
        auto step = m_undo->undo();
        if (!step)
            return failure("There is nothing to undo");
        return *step;
    });
}

Result<UndoStep> Repository::redo()
{
    if (!m_undo)
        return failure(std::string(notEnabled));
    return atomically(*m_database, "Could not redo", [&]() -> Result<UndoStep> {
        m_database->execute("PRAGMA defer_foreign_keys = ON");
        m_undo->closeLooseChanges();
        auto step = m_undo->redo();
        if (!step)
            return failure("There is nothing to redo");
        return *step;
    });
}

// Listing steps first closes loose changes into a step, so that the list shows them: that
// writes only to the connection's TEMP journal, never to the user's data.
Result<std::vector<UndoStep>> Repository::undoSteps() const
{
    if (!m_undo)
        return std::vector<UndoStep>{};
    return atomically(*m_database, "Could not read the undo steps",
                      [&]() -> Result<std::vector<UndoStep>> {
                          m_undo->closeLooseChanges();
                          return m_undo->undoSteps();
                      });
}

Result<std::vector<UndoStep>> Repository::redoSteps() const
{
    if (!m_undo)
        return std::vector<UndoStep>{};
    return atomically(*m_database, "Could not read the redo steps",
                      [&]() -> Result<std::vector<UndoStep>> {
                          m_undo->closeLooseChanges();
                          return m_undo->redoSteps();
                      });
}

} // namespace dealboard
