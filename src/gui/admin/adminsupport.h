#pragma once

#include <QString>

#include <string>

class QLabel;
class QToolButton;
class QWidget;

namespace dealboard {

class UndoHistory;

// What the admin dialogs share: a message line for refusals, and Undo/Redo buttons that act
// on the window's undo history while the dialog is open, since a modal dialog keeps the
// window's Ctrl+Z from the user.
namespace admin {

QString fromStd(const std::string &text);

// Shows message in label, or hides label when message is empty.
void showMessage(QLabel *label, const QString &message);

// Gives the buttons the history's Undo and Redo actions, with Ctrl+Z and Ctrl+Shift+Z in the
// dialog.
void connectUndoButtons(UndoHistory &undo, QToolButton *undoButton, QToolButton *redoButton,
                        QWidget *dialog);

} // namespace admin

} // namespace dealboard
