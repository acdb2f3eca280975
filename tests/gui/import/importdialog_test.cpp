#include "gui/import/importdialog.h"

#include "core/storage/repository.h"
#include "gui/import/importpreviewtable.h"
#include "gui/undo/undohistory.h"
#include "support/repositoryfixtures.h"
#include "support/snapshotlookups.h"

#include <catch2/catch_test_macros.hpp>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

template <typename T> T *child(const QObject &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    REQUIRE(found);
    return found;
}

int columnOf(const ImportPreviewTable &table, const QString &header)
{
    for (int column = 0; column < table.columnCount(); ++column) {
        if (table.horizontalHeaderItem(column)->text() == header)
            return column;
    }
    FAIL("no column " << header.toStdString());
    return -1;
}

const QByteArray pipelineCsv = "opportunity_id,sales_agent,product,account,deal_stage,close_value\n"
                               "A1,Moses Frase,GTX Pro,Cancity,Won,1054\n"
                               "A2,Darcel Schlecht,MG Special,Isdom,Engaging,\n"
                               "A3,Moses Frase,GTX Pro,,Lost,\n"
                               "A4,Moses Frase,GTX Pro,Codehow,Won,\"4,514\"\n"
                               "A5,Moses Frase,MG Special,Isdom,Engaging,\n";

} // namespace

TEST_CASE("The import dialog previews the mapping and imports the file", "[gui][import]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto repository = memoryRepository();
    UndoHistory history(*repository);
    ImportDialog dialog(history);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    dialog.setFile(writeFile(dir, u"pipeline.csv"_s, pipelineCsv));
    dialog.setFolderName(u"Maven"_s);
    REQUIRE(dialog.canImport());

    auto *table = child<ImportPreviewTable>(dialog, u"previewTable"_s);
    REQUIRE(table->columnCount() == 6);
    CHECK(table->rowCount() == 6); // the mapping row and five sample rows
    CHECK(table->targetOf(columnOf(*table, u"opportunity_id"_s)) == u"external_id"_s);
    CHECK(table->targetOf(columnOf(*table, u"sales_agent"_s)) == u"owner"_s);
    CHECK(table->targetOf(columnOf(*table, u"account"_s)) == u"company"_s);
    CHECK(table->targetOf(columnOf(*table, u"deal_stage"_s)) == u"stage"_s);
    CHECK(table->targetOf(columnOf(*table, u"close_value"_s)) == u"value"_s);
    CHECK(table->targetOf(columnOf(*table, u"product"_s)) == u"field:Product"_s);
    CHECK(table->item(1, columnOf(*table, u"account"_s))->text() == u"Cancity"_s);
    CHECK(table->item(4, columnOf(*table, u"close_value"_s))->text() == u"4,514"_s);

    const QString summary = child<QLabel>(dialog, u"summaryLabel"_s)->text();
    CHECK(summary.contains(u"Deals to import: 5, into the new folder “Maven”"_s));
    CHECK(summary.contains(u"Engaging, Won, Lost"_s));

    // The user sends the product column to the title instead of a custom field.
    REQUIRE(table->chooseTarget(columnOf(*table, u"product"_s), u"title"_s));
    CHECK(table->targetOf(columnOf(*table, u"product"_s)) == u"title"_s);
    REQUIRE(table->chooseTarget(columnOf(*table, u"sales_agent"_s), QString()));
    CHECK(table->targetOf(columnOf(*table, u"sales_agent"_s)).isEmpty());

    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(child<QPushButton>(dialog, u"importButton"_s), Qt::LeftButton);
    REQUIRE(imported.count() == 1);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(child<QProgressBar>(dialog, u"progressBar"_s)->value() == 5);

    const auto folder = repository->folderByName("Maven");
    REQUIRE(folder.has_value());
    REQUIRE(folder->has_value());
    CHECK(imported.at(0).at(0).value<FolderId>() == (*folder)->id);
    CHECK(dialog.summaryText() ==
          u"Imported 5 rows into “Maven”: 5 created, 0 updated, 0 unchanged"_s);
    CHECK(imported.at(0).at(1).toString() == dialog.summaryText());

    // Planning the same file again says that every row is already there.
    ImportDialog again(history);
    again.setFile(dialog.findChild<QLineEdit *>(u"fileEdit"_s)->text());
    again.setFolderName(u"Maven"_s);
    REQUIRE(again.canImport());
    CHECK(child<QLabel>(again, u"summaryLabel"_s)
              ->text()
              .contains(u"5 rows, 5 of them already in the folder “Maven” (matched by id)."_s));
    const auto snapshot = repository->snapshot((*folder)->id);
    REQUIRE(snapshot.has_value());
    REQUIRE(snapshot->deals.size() == 5);
    CHECK(snapshot->fields.empty());
    for (const auto &deal : snapshot->deals) {
        CHECK((deal.title == "GTX Pro" || deal.title == "MG Special"));
        CHECK(deal.owner.empty());
    }
    const auto a4 = std::ranges::find(snapshot->deals, "A4", &Deal::externalId);
    REQUIRE(a4 != snapshot->deals.end());
    CHECK(a4->value == Money{451400, "USD"});
}

TEST_CASE("The import dialog lists bad rows and writes nothing", "[gui][import]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto repository = memoryRepository();
    UndoHistory history(*repository);
    ImportDialog dialog(history);
    dialog.setFile(writeFile(dir, u"bad.csv"_s,
                             "title,amount,stage\nGood,10,New\nBad,ten,New\nWorse,1.2.3,New\n"));
    dialog.setFolderName(u"Deals"_s);
    REQUIRE(dialog.canImport());

    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.startImport();
    CHECK(imported.isEmpty());
    auto *errors = child<QPlainTextEdit>(dialog, u"errorText"_s);
    CHECK_FALSE(errors->isHidden());
    CHECK(errors->toPlainText().contains(u"line 3: amount \"ten\" is not an amount"_s));
    CHECK(errors->toPlainText().contains(u"line 4:"_s));
    CHECK_FALSE(repository->folderByName("Deals")->has_value());
}

TEST_CASE("The import dialog asks for the date format when the file does not settle it",
          "[gui][import]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto repository = memoryRepository();
    UndoHistory history(*repository);
    ImportDialog dialog(history);
    dialog.setFile(
        writeFile(dir, u"dates.csv"_s, "title,close date\nA,03/04/2024\nB,05/06/2024\n"));
    dialog.setFolderName(u"Deals"_s);

    CHECK_FALSE(dialog.canImport());
    auto *errors = child<QPlainTextEdit>(dialog, u"errorText"_s);
    CHECK(errors->toPlainText().contains(u"choose the date order"_s));
    CHECK_FALSE(errors->toPlainText().contains(u"--date-format"_s));
    CHECK(child<ImportPreviewTable>(dialog, u"previewTable"_s)->columnCount() == 2);

    auto *dateFormat = child<QComboBox>(dialog, u"dateFormatCombo"_s);
    dateFormat->setCurrentIndex(dateFormat->findData(int(DateOrder::MonthDayYear)));
    REQUIRE(dialog.canImport());
    CHECK(errors->isHidden());

    dialog.startImport();
    const auto snapshot = snapshotOf(*repository, "Deals");
    CHECK(dealTitled(snapshot, "A").expectedClose->toIso() == "2024-03-04");
}

TEST_CASE("Cancel during the import stops it with nothing written", "[gui][import]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QByteArray csv = "id,title\n";
    for (int i = 0; i < 500; ++i)
        csv += QByteArray::number(i) + ",Deal " + QByteArray::number(i) + "\n";
    auto repository = memoryRepository();
    UndoHistory history(*repository);
    ImportDialog dialog(history);
    dialog.setFile(writeFile(dir, u"many.csv"_s, csv));
    dialog.setFolderName(u"Deals"_s);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.canImport());

    // Runs inside the progress callback's event processing, as a click on Cancel would.
    QTimer::singleShot(0, &dialog, [&dialog] {
        CHECK_FALSE(child<QPushButton>(dialog, u"importButton"_s)->isEnabled());
        dialog.reject();
    });
    dialog.startImport();

    CHECK(dialog.isVisible()); // cancelling the import does not close the dialog
    CHECK(child<QPlainTextEdit>(dialog, u"errorText"_s)->toPlainText().contains(u"cancelled"_s));
    CHECK_FALSE(repository->folderByName("Deals")->has_value());
    CHECK(dialog.canImport());
}

TEST_CASE("The import dialog fits a window of 800 by 600", "[gui][import]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto repository = memoryRepository();
    UndoHistory history(*repository);
    ImportDialog dialog(history);
    QByteArray wide = "title";
    QByteArray row = "A";
    for (int column = 1; column <= 30; ++column) {
        wide += ",a rather long column header " + QByteArray::number(column);
        row += ",value " + QByteArray::number(column);
    }
    dialog.setFile(writeFile(dir, u"wide.csv"_s, wide + "\n" + row + "\n"));
    dialog.setFolderName(u"Deals"_s);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    CHECK(dialog.width() <= 800);
    CHECK(dialog.height() <= 600);
    CHECK(dialog.minimumSizeHint().width() <= 800);
    CHECK(dialog.minimumSizeHint().height() <= 600);
    // The columns that do not fit scroll instead of widening the dialog.
    auto *table = child<ImportPreviewTable>(dialog, u"previewTable"_s);
    CHECK(table->columnCount() == 31);
    CHECK(table->horizontalScrollBar()->maximum() > 0);
}

TEST_CASE("An import is one undoable step named after its deals", "[gui][import][undo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto repository = memoryRepository();
    UndoHistory history(*repository);
    ImportDialog dialog(history);
    dialog.setFile(writeFile(dir, u"pipeline.csv"_s, pipelineCsv));
    dialog.setFolderName(u"Maven"_s);
    REQUIRE(dialog.canImport());

    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.startImport();
    REQUIRE(imported.count() == 1);

    const auto steps = repository->undoSteps();
    REQUIRE(steps.has_value());
    REQUIRE(steps->size() == 1);
    CHECK(steps->front().label == "Import 5 deals");
    CHECK(history.stack()->count() == 1);
    CHECK(history.stack()->undoText() == u"Import 5 deals"_s);

    history.stack()->undo();
    const auto folder = repository->folderByName("Maven");
    REQUIRE(folder.has_value());
    CHECK_FALSE(folder->has_value());

    history.stack()->redo();
    const auto back = repository->folderByName("Maven");
    REQUIRE(back.has_value());
    REQUIRE(back->has_value());
    CHECK(repository->dealCount((*back)->id).value_or(0) == 5);
}
