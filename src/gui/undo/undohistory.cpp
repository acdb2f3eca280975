#include "gui/undo/undohistory.h"

#include "core/log/logging.h"
#include "core/storage/repository.h"
#include "gui/undo/undostepcommand.h"

#include <QUndoStack>

namespace dealboard {

namespace {

// The stack's command at index as one of ours; null for a command of someone else.
const UndoStepCommand *commandAt(const QUndoStack &stack, int index)
{
    return dynamic_cast<const UndoStepCommand *>(stack.command(index));
}

} // namespace

UndoHistory::UndoHistory(Repository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_stack(new QUndoStack(this))
{
    // Without the journal the window still works; its changes just cannot be undone.
    if (const Status enabled = m_repository.enableUndo(); !enabled)
        log(logger::gui)->error("Undo is not available: {}", enabled.error());
    synchronize();
    connect(m_stack, &QUndoStack::indexChanged, this, &UndoHistory::onIndexChanged);
}

UndoHistory::~UndoHistory() = default;

Status UndoHistory::run(const QString &label, const std::function<Status()> &work)
{
    const Status recorded = m_repository.recordStep(label.toStdString(), work);
    if (recorded)
        synchronize();
    return recorded;
}

void UndoHistory::synchronize()
{
    const auto undoSteps = m_repository.undoSteps();
    const auto redoSteps = m_repository.redoSteps();
    if (!undoSteps || !redoSteps) {
        log(logger::gui)
            ->error("Cannot read the undo history: {}",
                    undoSteps ? redoSteps.error() : undoSteps.error());
        return;
    }

    // The usual case: one step was recorded on top of what the stack shows as done.
    const int done = m_stack->index();
    if (redoSteps->empty() && int(undoSteps->size()) == done + 1 && stackShows(*undoSteps, done)) {
        pushQuietly(undoSteps->back());
        return;
    }

    std::vector<UndoStep> all = *undoSteps;
    all.insert(all.end(), redoSteps->begin(), redoSteps->end());
    if (m_stack->count() == int(all.size()) && done == int(undoSteps->size()) &&
        stackShows(all, int(all.size())))
        return;
    rebuild(*undoSteps, *redoSteps);
}

// True when the first count commands of the stack stand for the first count steps.
bool UndoHistory::stackShows(const std::vector<UndoStep> &steps, int count) const
{
    if (m_stack->count() < count || int(steps.size()) < count)
        return false;
    for (int i = 0; i < count; ++i) {
        const UndoStepCommand *command = commandAt(*m_stack, i);
        if (!command || command->stepId() != steps[std::size_t(i)].id)
            return false;
    }
    return true;
}

void UndoHistory::pushQuietly(const UndoStep &step)
{
    m_quiet = true;
    m_stack->push(new UndoStepCommand(*this, step.id, QString::fromStdString(step.label)));
    m_quiet = false;
}

void UndoHistory::rebuild(const std::vector<UndoStep> &undoSteps,
                          const std::vector<UndoStep> &redoSteps)
{
    log(logger::gui)
        ->debug("Rebuilding the undo stack: {} steps done, {} undone", undoSteps.size(),
                redoSteps.size());
    m_stack->clear();
    for (const UndoStep &step : undoSteps)
        pushQuietly(step);
    for (const UndoStep &step : redoSteps)
        pushQuietly(step);

    m_quiet = true;
    m_stack->setIndex(int(undoSteps.size()));
    m_quiet = false;
}

void UndoHistory::undoStep(std::int64_t stepId)
{
    if (m_quiet)
        return;
    finishReplay(m_repository.undo(), stepId);
}

void UndoHistory::redoStep(std::int64_t stepId)
{
    if (m_quiet)
        return;
    finishReplay(m_repository.redo(), stepId);
}

// The stack has already moved its index when a command runs; when the repository did
// something else (it failed, or undid a step the stack did not know), the stack is made
// to match it again once it has finished its own work.
void UndoHistory::finishReplay(const Result<UndoStep> &step, std::int64_t expectedId)
{
    if (!step || step->id != expectedId)
        QMetaObject::invokeMethod(this, &UndoHistory::synchronize, Qt::QueuedConnection);
    if (!step) {
        Q_EMIT errorOccurred(QString::fromStdString(step.error()));
        return;
    }
    m_replayed = true;
}

// The stack moves its index once after running all the commands of a jump, so the screen
// is read again once, not once per step.
void UndoHistory::onIndexChanged()
{
    if (!m_replayed)
        return;
    m_replayed = false;
    Q_EMIT databaseRestored();
}

} // namespace dealboard
