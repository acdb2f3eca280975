#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QUndoStack;

namespace dealboard {

class Repository;

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

Q_SIGNALS:
    // An undo or redo changed the database: everything on screen must be read again.
    void databaseRestored();
    // An undo or redo could not be carried out; the database is as it was before it.
    void errorOccurred(const QString &message);

private:
    Repository &m_repository;
    QUndoStack *m_stack = nullptr;
};

} // namespace dealboard
