#include "gui/undo/undostepcommand.h"

#include "gui/undo/undohistory.h"

namespace dealboard {

UndoStepCommand::UndoStepCommand(UndoHistory &history, std::int64_t stepId, const QString &label)
    : QUndoCommand(label)
    , m_history(history)
    , m_stepId(stepId)
{
}

void UndoStepCommand::undo()
{
    m_history.undoStep(m_stepId);
}

void UndoStepCommand::redo()
{
    m_history.redoStep(m_stepId);
}

} // namespace dealboard
