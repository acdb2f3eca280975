#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

class QAction;
class QUndoStack;

namespace dealboard {

class Repository;
struct UndoStep;

// The window's undo and redo. Every change a user makes in the window goes through run(),
// which writes it as one step of the repository's undo journal (Repository::recordStep)
// and shows it on a QUndoStack, which gives the Edit menu its Undo/Redo actions
// (Ctrl+Z, Ctrl+Shift+Z) and the history panel its list.
class UndoHistory final : public QObject
{
    Q_OBJECT

public:
    // Turns on the repository's undo journal.
    explicit UndoHistory(Repository &repository, QObject *parent = nullptr);
    ~UndoHistory() override;

    Repository &repository() const { return m_repository; }

    // Runs work as one undoable step named label (e.g. tr("Move 3 deals to Won")). When
    // work fails nothing is written, no step is recorded, and its message is returned.
    [[nodiscard]] Status run(const QString &label, const std::function<Status()> &work);

    QUndoStack *stack() const { return m_stack; }

    // Makes the stack show the repository's steps again: after writes that did not go
    // through run() (they become steps named "Change"), or after an undo that failed.
    void synchronize();

Q_SIGNALS:
    // An undo or redo changed the database: everything on screen must be read again. Sent
    // once per move of the stack, however many steps a jump in the history panel undid.
    void databaseRestored();
    // An undo or redo could not be carried out; the database is as it was before it.
    void errorOccurred(const QString &message);

private:
    friend class UndoStepCommand;

    // What the stack's commands call; they do nothing while the stack is being filled.
    void undoStep(std::int64_t stepId);
    void redoStep(std::int64_t stepId);
    void finishReplay(const Result<UndoStep> &step, std::int64_t expectedId);
    void onIndexChanged();
    void rebuild(const std::vector<UndoStep> &undoSteps, const std::vector<UndoStep> &redoSteps);
    bool stackShows(const std::vector<UndoStep> &steps, int from) const;
    void pushQuietly(const UndoStep &step);

    Repository &m_repository;
    QUndoStack *m_stack = nullptr;
    // True while the stack is changed to match the repository: its commands must not
    // write then, the repository already holds what they stand for.
    bool m_quiet = false;
    // A step was undone or redone since the stack last moved its index.
    bool m_replayed = false;
};

} // namespace dealboard
