// UndoHistory: the QUndoStack the window shows, kept in step with the repository's journal.
#include "gui/undo/undohistory.h"

#include "core/storage/repository.h"
#include "support/domainbuilders.h"
#include "support/repositoryfixtures.h"
#include "support/required.h"

#include <catch2/catch_test_macros.hpp>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QUndoStack>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

template <typename T> Status asStatus(const Result<T> &result)
{
    return result ? Status{} : failure(result.error());
}

Status createFolder(UndoHistory &history, const std::string &name)
{
    return history.run(QString::fromStdString("Create " + name),
                       [&] { return asStatus(history.repository().createFolder(name)); });
}

QStringList stackTexts(const QUndoStack &stack)
{
    QStringList texts;
    for (int i = 0; i < stack.count(); ++i)
        texts.append(stack.text(i));
    return texts;
}

} // namespace

TEST_CASE("UndoHistory turns on the repository's journal", "[gui][undo]")
{
    auto repository = memoryRepository();
    const UndoHistory history(*repository);

    CHECK(repository->isUndoEnabled());
    CHECK(history.stack()->count() == 0);
    CHECK_FALSE(history.stack()->canUndo());
}

TEST_CASE("Each change run through UndoHistory is one command on its stack", "[gui][undo]")
{
    auto repository = memoryRepository();
    UndoHistory history(*repository);
    QSignalSpy restored(&history, &UndoHistory::databaseRestored);

    requireOk(createFolder(history, "Inbound"));
    requireOk(createFolder(history, "Outbound"));

    CHECK(stackTexts(*history.stack()) == QStringList{u"Create Inbound"_s, u"Create Outbound"_s});
    CHECK(history.stack()->undoText() == u"Create Outbound"_s);
    CHECK(required(repository->folders()).size() == 2);
    CHECK(restored.isEmpty()); // pushing wrote nothing twice and restored nothing
}

TEST_CASE("Undo and redo on the stack undo and redo the repository's steps", "[gui][undo]")
{
    auto repository = memoryRepository();
    UndoHistory history(*repository);
    requireOk(createFolder(history, "Inbound"));
    requireOk(createFolder(history, "Outbound"));
    QSignalSpy restored(&history, &UndoHistory::databaseRestored);

    history.stack()->undo();
    CHECK(required(repository->folders()).size() == 1);
    CHECK(restored.count() == 1);
    CHECK(history.stack()->redoText() == u"Create Outbound"_s);

    history.stack()->setIndex(0);
    CHECK(required(repository->folders()).empty());
    CHECK(restored.count() == 2);

    history.stack()->redo();
    history.stack()->redo();
    CHECK(required(repository->folders()).size() == 2);
    CHECK(restored.count() == 4);
    CHECK(required(repository->redoSteps()).empty());

    // A jump over both steps reads the screen again once.
    history.stack()->setIndex(0);
    CHECK(required(repository->folders()).empty());
    CHECK(restored.count() == 5);
}

TEST_CASE("A change that fails or changes nothing adds no command", "[gui][undo]")
{
    auto repository = memoryRepository();
    UndoHistory history(*repository);
    requireOk(createFolder(history, "Inbound"));

    const Status duplicate = createFolder(history, "inbound");
    const Status nothing = history.run(u"Nothing"_s, [] { return Status{}; });

    REQUIRE_FALSE(duplicate.has_value());
    CHECK(duplicate.error().find("already exists") != std::string::npos);
    CHECK(nothing.has_value());
    CHECK(stackTexts(*history.stack()) == QStringList{u"Create Inbound"_s});
}

TEST_CASE("A new change after an undo drops the undone command", "[gui][undo]")
{
    auto repository = memoryRepository();
    UndoHistory history(*repository);
    requireOk(createFolder(history, "Inbound"));
    requireOk(createFolder(history, "Outbound"));
    history.stack()->undo();

    requireOk(createFolder(history, "Partners"));

    CHECK(stackTexts(*history.stack()) == QStringList{u"Create Inbound"_s, u"Create Partners"_s});
    CHECK(history.stack()->index() == 2);
    CHECK_FALSE(history.stack()->canRedo());
}

TEST_CASE("Writes that bypass UndoHistory show up as a Change step once synchronized",
          "[gui][undo]")
{
    auto repository = memoryRepository();
    UndoHistory history(*repository);
    requireOk(createFolder(history, "Inbound"));

    required(repository->createFolder("Elsewhere"));
    requireOk(createFolder(history, "Outbound"));

    CHECK(stackTexts(*history.stack()) ==
          QStringList{u"Create Inbound"_s, u"Change"_s, u"Create Outbound"_s});
    history.stack()->undo();
    history.stack()->undo();
    CHECK(required(repository->folders()).size() == 1);
}

TEST_CASE("An undo the repository cannot carry out is reported and the stack follows it",
          "[gui][undo]")
{
    auto repository = memoryRepository();
    UndoHistory history(*repository);
    requireOk(createFolder(history, "Inbound"));
    QSignalSpy errors(&history, &UndoHistory::errorOccurred);
    QSignalSpy restored(&history, &UndoHistory::databaseRestored);

    // The repository's step is undone behind the stack's back: the stack's undo finds
    // nothing left to undo.
    required(repository->undo());
    history.stack()->undo();

    REQUIRE(errors.count() == 1);
    CHECK(errors.at(0).at(0).toString() == u"There is nothing to undo"_s);
    CHECK(restored.isEmpty());
    QCoreApplication::processEvents();
    CHECK(history.stack()->count() == 1);
    CHECK(history.stack()->index() == 0);
    CHECK(history.stack()->redoText() == u"Create Inbound"_s);

    history.stack()->redo();
    CHECK(required(repository->folders()).size() == 1);
}
