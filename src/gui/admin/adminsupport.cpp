#include "gui/admin/adminsupport.h"

#include "gui/undo/undohistory.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>
#include <QUndoStack>

namespace dealboard::admin {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

void showMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void connectUndoButtons(UndoHistory &undo, QToolButton *undoButton, QToolButton *redoButton,
                        QWidget *dialog)
{
    QAction *undoAction = undo.stack()->createUndoAction(dialog, QObject::tr("Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WindowShortcut);
    dialog->addAction(undoAction);
    undoButton->setDefaultAction(undoAction);

    QAction *redoAction = undo.stack()->createRedoAction(dialog, QObject::tr("Redo"));
    redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redoAction->setShortcutContext(Qt::WindowShortcut);
    dialog->addAction(redoAction);
    redoButton->setDefaultAction(redoAction);
}

} // namespace dealboard::admin
