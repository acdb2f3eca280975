#pragma once

#include <QUndoCommand>

#include <cstdint>

namespace dealboard {

class UndoHistory;

// One step of the repository's undo journal as the QUndoStack shows it. The work is
// already written when the command is pushed, so it carries no data of its own: undo()
// and redo() ask the history to undo or redo the journal's step.
class UndoStepCommand final : public QUndoCommand
{
public:
    UndoStepCommand(UndoHistory &history, std::int64_t stepId, const QString &label);

    std::int64_t stepId() const { return m_stepId; }

    void undo() override;
    void redo() override;

private:
    UndoHistory &m_history;
    std::int64_t m_stepId = 0;
};

} // namespace dealboard
