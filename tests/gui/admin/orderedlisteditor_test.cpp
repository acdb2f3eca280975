#include "gui/admin/orderedlisteditor.h"

#include "admintestsupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QPushButton>
#include <QSignalSpy>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

// A list of names kept the way storage keeps them: unique by lower case, refused when not.
struct NameStore
{
    QStringList names;
    qint64 nextKey = 1;
    QList<qint64> keys;

    QList<OrderedListEditor::Entry> entries() const
    {
        QList<OrderedListEditor::Entry> entries;
        for (qsizetype index = 0; index < names.size(); ++index)
            entries.append({keys[index], names[index], QIcon(), QString()});
        return entries;
    }

    Status check(const QString &name, qint64 except = 0) const
    {
        for (qsizetype index = 0; index < names.size(); ++index) {
            if (keys[index] != except && names[index].compare(name, Qt::CaseInsensitive) == 0)
                return failure("\"" + name.toStdString() + "\" is taken.");
        }
        return {};
    }

    void connect(OrderedListEditor &editor)
    {
        editor.setAddHandler([this](const QString &name, int index) -> Result<qint64> {
            if (Status ok = check(name); !ok)
                return failure(ok.error());
            names.insert(index, name);
            keys.insert(index, nextKey);
            return nextKey++;
        });
        editor.setRenameHandler([this](qint64 key, const QString &name) -> Status {
            if (Status ok = check(name, key); !ok)
                return ok;
            names[keys.indexOf(key)] = name;
            return {};
        });
        editor.setMoveHandler([this](qint64 key, int index) -> Status {
            const qsizetype from = keys.indexOf(key);
            names.move(from, index);
            keys.move(from, index);
            return {};
        });
        QObject::connect(&editor, &OrderedListEditor::entriesChanged, &editor,
                         [this, &editor] { editor.setEntries(entries()); });
    }
};

} // namespace

TEST_CASE("The list editor hands each change to its handler and shows the result", "[gui][admin]")
{
    OrderedListEditor editor;
    NameStore store;
    store.connect(editor);
    editor.show();
    QSignalSpy errors(&editor, &OrderedListEditor::errorOccurred);

    editor.startAdding();
    typeInline(editor, u"Alpha"_s);
    editor.startAdding();
    typeInline(editor, u"Beta"_s);
    CHECK(store.names == QStringList{u"Alpha"_s, u"Beta"_s});
    CHECK(editor.names() == store.names);
    CHECK(editor.currentKey() == 2);

    QTest::keyClick(editor.list(), Qt::Key_Up, Qt::ControlModifier);
    settle();
    CHECK(store.names == QStringList{u"Beta"_s, u"Alpha"_s});
    CHECK(editor.currentKey() == 2);

    QTest::keyClick(editor.list(), Qt::Key_F2);
    typeInline(editor, u"alpha"_s);
    CHECK(errors.count() == 1);
    CHECK(store.names == QStringList{u"Beta"_s, u"Alpha"_s});
    QLineEdit *line = inlineEditor(editor);
    REQUIRE(line);
    CHECK(line->text() == u"alpha"_s);
    typeInline(editor, u"Gamma"_s);
    CHECK(store.names == QStringList{u"Gamma"_s, u"Alpha"_s});
    CHECK(editor.names() == store.names);
}

TEST_CASE("Without handlers the list editor only reports what the user asks", "[gui][admin]")
{
    OrderedListEditor editor;
    editor.setEntries({{7, u"Seven"_s, QIcon(), QString()}, {9, u"Nine"_s, QIcon(), QString()}});
    QSignalSpy added(&editor, &OrderedListEditor::addClicked);
    QSignalSpy removed(&editor, &OrderedListEditor::removeClicked);

    CHECK(editor.currentKey() == 7);
    CHECK_FALSE(editor.findChild<QPushButton *>(u"moveDownButton"_s)->isEnabled());
    editor.startAdding();
    CHECK(added.count() == 1);
    REQUIRE(editor.selectKey(9));
    editor.removeCurrent();
    REQUIRE(removed.count() == 1);
    CHECK(removed.first().first().value<qint64>() == 9);
    CHECK(editor.names() == QStringList{u"Seven"_s, u"Nine"_s});
}
