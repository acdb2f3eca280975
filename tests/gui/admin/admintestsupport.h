#pragma once

// What the admin dialog tests share: the widget tests' database with the window's undo
// history on it, typing into a list's inline editor as a user does, and screenshots.
#include "../board/guitestdata.h"
#include "gui/admin/orderedlisteditor.h"
#include "gui/admin/reorderablelist.h"
#include "gui/undo/undohistory.h"

#include <catch2/catch_test_macros.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QMimeData>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <string>

// Catch shows QStrings and QStringLists as text in failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace dealboard::test {

struct AdminTestData
{
    GuiTestData data = makeGuiTestData();
    std::unique_ptr<UndoHistory> undo = std::make_unique<UndoHistory>(*data.repository);

    Repository &repository() const { return *data.repository; }
};

// Lets queued work (an inline editor closing, a list shown again) run.
inline void settle()
{
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
}

// The open inline editor of a list, or null.
inline QLineEdit *inlineEditor(const OrderedListEditor &editor)
{
    for (QLineEdit *line : editor.list()->viewport()->findChildren<QLineEdit *>()) {
        if (line->isVisible())
            return line;
    }
    return nullptr;
}

// Types text into the open inline editor and presses Enter.
inline void typeInline(const OrderedListEditor &editor, const QString &text)
{
    QLineEdit *line = inlineEditor(editor);
    REQUIRE(line);
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    settle();
}

// Drops row from onto the upper half of row onto (or below the last row when onto is count).
inline void dropRow(ReorderableList &list, int from, int onto)
{
    std::unique_ptr<QMimeData> mime(list.model()->mimeData({list.model()->index(from, 0)}));
    REQUIRE(mime);
    const QRect rect = onto < list.count() ? list.visualRect(list.model()->index(onto, 0))
                                           : list.visualRect(list.model()->index(onto - 1, 0));
    const QPoint pos = onto < list.count() ? QPoint(rect.center().x(), rect.top() + 2)
                                           : QPoint(rect.center().x(), rect.bottom() - 1);
    // Qt delivers a drop to the widget that accepted the drag when it entered.
    QDragEnterEvent enter(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list.viewport(), &enter);
    QDragMoveEvent move(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list.viewport(), &move);
    QDropEvent drop(QPointF(pos), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list.viewport(), &drop);
    settle();
}

// The labels of the undoable steps, oldest first.
inline QStringList undoLabels(const UndoHistory &undo)
{
    QStringList labels;
    for (int index = 0; index < undo.stack()->index(); ++index)
        labels.append(undo.stack()->text(index));
    return labels;
}

// The labels of the newest count steps, for tests whose own setup wrote steps before.
inline QStringList lastUndoLabels(const UndoHistory &undo, int count)
{
    const QStringList labels = undoLabels(undo);
    return labels.mid(std::max<qsizetype>(0, labels.size() - count));
}

// Grabs widget at its default size and at 800x600 into DEALBOARD_SCREENSHOTS (when set), and
// checks that its layout fits an 800x600 window.
inline void screenshot(QWidget &widget, const QString &name)
{
    widget.show();
    settle();
    CHECK(widget.minimumSizeHint().width() <= 800);
    CHECK(widget.minimumSizeHint().height() <= 600);

    const QString directory = qEnvironmentVariable("DEALBOARD_SCREENSHOTS");
    const QSize defaultSize = widget.size();
    if (!directory.isEmpty())
        CHECK(widget.grab().save(QDir(directory).filePath(name + u".png")));
    widget.resize(800, 600);
    settle();
    if (!directory.isEmpty())
        CHECK(widget.grab().save(QDir(directory).filePath(name + u"-800x600.png")));
    widget.resize(defaultSize);
}

} // namespace dealboard::test
