#include "gui/views/vieweditordialog.h"

#include "../board/guitestdata.h"
#include "gui/undo/undohistory.h"
#include "gui/views/filterlisteditor.h"
#include "gui/views/filterrowwidget.h"
#include "maventestdata.h"

#include <catch2/catch_test_macros.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

// The inputs of the form, found by the names ui/vieweditor.ui gives them.
struct EditorForm
{
    explicit EditorForm(ViewEditorDialog &editor)
        : dialog(editor)
        , name(dialog.findChild<QLineEdit *>(u"nameEdit"_s))
        , groupBy(dialog.findChild<QComboBox *>(u"groupByBox"_s))
        , hiddenColumns(dialog.findChild<QListWidget *>(u"hiddenColumnsList"_s))
        , filters(dialog.findChild<FilterListEditor *>(u"filterEditor"_s))
        , sortField(dialog.findChild<QComboBox *>(u"sortFieldBox"_s))
        , sortOrder(dialog.findChild<QComboBox *>(u"sortOrderBox"_s))
        , cardFields(dialog.findChild<QListWidget *>(u"cardFieldsList"_s))
        , message(dialog.findChild<QLabel *>(u"messageLabel"_s))
    {
        REQUIRE(name);
        REQUIRE(groupBy);
        REQUIRE(hiddenColumns);
        REQUIRE(filters);
        REQUIRE(sortField);
        REQUIRE(sortOrder);
        REQUIRE(cardFields);
        REQUIRE(message);
    }

    QStringList columnNames() const
    {
        QStringList names;
        for (int row = 0; row < hiddenColumns->count(); ++row)
            names.append(hiddenColumns->item(row)->text());
        return names;
    }

    void setChecked(QListWidget *list, const QString &text, bool checked) const
    {
        const QList<QListWidgetItem *> items = list->findItems(text, Qt::MatchExactly);
        INFO(text.toStdString());
        REQUIRE(items.size() == 1);
        items.front()->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }

    void pick(QComboBox *box, const QString &text) const
    {
        const int index = box->findText(text);
        INFO(text.toStdString());
        REQUIRE(index >= 0);
        box->setCurrentIndex(index);
    }

    void clickOk() const
    {
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

    ViewEditorDialog &dialog;
    QLineEdit *name;
    QComboBox *groupBy;
    QListWidget *hiddenColumns;
    FilterListEditor *filters;
    QComboBox *sortField;
    QComboBox *sortOrder;
    QListWidget *cardFields;
    QLabel *message;
};

SavedView newViewOf(const Folder &folder)
{
    SavedView view;
    view.folderId = folder.id;
    return view;
}

std::size_t dealsOn(const Board &board)
{
    return dealCount(board);
}

} // namespace

TEST_CASE("The editor stores an open pipeline of the Maven deals without Won and Lost",
          "[gui][views][maven]")
{
    MavenTestData maven = makeMavenTestData();
    UndoHistory history(*maven.repository);
    const FolderSnapshot snapshot = maven.snapshot();
    ViewEditorDialog dialog(history, snapshot, newViewOf(maven.folder));
    EditorForm form(dialog);

    CHECK(dialog.isNewView());
    CHECK(form.groupBy->currentText() == u"Stage"_s);
    CHECK(form.columnNames() == QStringList{u"Prospecting"_s, u"Engaging"_s, u"Won"_s, u"Lost"_s});
    form.name->setText(u"  Open pipeline "_s);
    form.setChecked(form.hiddenColumns, u"Won"_s, true);
    form.setChecked(form.hiddenColumns, u"Lost"_s, true);
    form.pick(form.sortField, u"Expected close"_s);
    form.pick(form.sortOrder, u"Descending"_s);
    form.setChecked(form.cardFields, u"Company"_s, true);
    form.setChecked(form.cardFields, u"Product"_s, true);
    form.clickOk();

    REQUIRE(dialog.problems().isEmpty());
    REQUIRE(dialog.savedView().has_value());
    const auto stored = required(maven.repository->viewByName(maven.folder.id, "Open pipeline"));
    REQUIRE(stored.has_value());
    CHECK(*stored == *dialog.savedView());
    CHECK(stored->groupBy == "stage");
    CHECK(stored->hiddenColumns ==
          std::vector<std::string>{stageColumnKey(stageNamed(snapshot, "Won").id),
                                   stageColumnKey(stageNamed(snapshot, "Lost").id)});
    CHECK(stored->sort == ViewSort{"close_date", true});
    CHECK(stored->cardFields ==
          std::vector<std::string>{"company", customFieldRef(fieldNamed(snapshot, "Product").id)});
    CHECK(stored->filters.empty());

    const Board board = buildBoard(snapshot, *stored);
    REQUIRE(board.columns.size() == 2);
    CHECK(board.columns[0].deals.size() == 500);
    CHECK(board.columns[1].deals.size() == 1589);
    CHECK(board.warnings.empty());
}

TEST_CASE("The editor stores a view of the Maven deals grouped by owner", "[gui][views][maven]")
{
    MavenTestData maven = makeMavenTestData();
    UndoHistory history(*maven.repository);
    const FolderSnapshot snapshot = maven.snapshot();
    ViewEditorDialog dialog(history, snapshot, newViewOf(maven.folder));
    EditorForm form(dialog);

    // Stage and owner, then the folder's choice and person fields.
    QStringList groupings;
    for (int i = 0; i < form.groupBy->count(); ++i)
        groupings.append(form.groupBy->itemText(i));
    CHECK(groupings == QStringList{u"Stage"_s, u"Owner"_s, u"Product"_s, u"Source"_s});

    form.name->setText(u"By sales agent"_s);
    form.pick(form.groupBy, u"Owner"_s);
    std::set<std::string> owners;
    for (const Deal &deal : snapshot.deals)
        owners.insert(deal.owner);
    const QStringList columns = form.columnNames();
    CHECK(columns.size() == int(owners.size()) + 1);
    CHECK(columns.contains(u"Darcel Schlecht"_s));
    CHECK(columns.back() == u"No value"_s);
    form.setChecked(form.hiddenColumns, u"No value"_s, true);
    form.clickOk();

    REQUIRE(dialog.problems().isEmpty());
    const auto stored = required(maven.repository->viewByName(maven.folder.id, "By sales agent"));
    REQUIRE(stored.has_value());
    CHECK(stored->groupBy == "owner");
    CHECK(stored->hiddenColumns == std::vector<std::string>{""});

    const Board board = buildBoard(snapshot, *stored);
    CHECK(board.columns.size() == owners.size());
    CHECK(dealsOn(board) == 8800);
    const auto darcel = std::ranges::find(board.columns, "Darcel Schlecht", &BoardColumn::name);
    REQUIRE(darcel != board.columns.end());
    CHECK(std::ranges::all_of(darcel->deals,
                              [](const Deal &deal) { return deal.owner == "Darcel Schlecht"; }));
}

TEST_CASE("The editor stores a filter Source is Inbound picked from the field's options",
          "[gui][views][maven]")
{
    MavenTestData maven = makeMavenTestData();
    UndoHistory history(*maven.repository);
    const FolderSnapshot snapshot = maven.snapshot();
    const FieldDefinition &source = fieldNamed(snapshot, "Source");
    ViewEditorDialog dialog(history, snapshot, newViewOf(maven.folder));
    EditorForm form(dialog);

    form.name->setText(u"Inbound"_s);
    form.filters->addButton()->click();
    REQUIRE(form.filters->rowCount() == 1);
    FilterRowWidget *row = form.filters->row(0);
    form.pick(row->fieldBox(), u"Source"_s);
    CHECK(row->operatorBox()->currentText() == u"is"_s);
    // A choice field offers its options, not a box to type in.
    CHECK_FALSE(row->valueBox()->isEditable());
    CHECK(row->valueBox()->count() == 2);
    form.pick(row->valueBox(), u"Inbound"_s);
    CHECK(row->secondValueBox()->isHidden());
    form.clickOk();

    REQUIRE(dialog.problems().isEmpty());
    const auto stored = required(maven.repository->viewByName(maven.folder.id, "Inbound"));
    REQUIRE(stored.has_value());
    REQUIRE(stored->filters.size() == 1);
    CHECK(stored->filters[0] ==
          ViewFilter{customFieldRef(source.id), FilterOperator::Is, "Inbound", ""});

    const auto inbound = std::ranges::count_if(snapshot.deals, [&](const Deal &deal) {
        const auto value = deal.fields.find(source.id);
        return value != deal.fields.end() && value->second == "Inbound";
    });
    CHECK(inbound > 0);
    CHECK(inbound < 8800);
    const Board board = buildBoard(snapshot, *stored);
    CHECK(dealsOn(board) == std::size_t(inbound));
    CHECK(board.warnings.empty());
}

TEST_CASE("The editor refuses a view it cannot save and says why", "[gui][views]")
{
    GuiTestData data = makeGuiTestData();
    UndoHistory history(*data.repository);
    const FolderSnapshot snapshot = required(data.repository->snapshot(data.folder.id));
    ViewEditorDialog dialog(history, snapshot, newViewOf(data.folder));
    EditorForm form(dialog);
    const auto viewsBefore = required(data.repository->views(data.folder.id));

    SECTION("an empty name")
    {
        form.name->setText(u"   "_s);
        form.clickOk();
        CHECK(dialog.problems() == QStringList{u"Give the view a name."_s});
    }
    SECTION("the name of another view of the folder, in any case")
    {
        form.name->setText(u"open PIPELINE"_s);
        form.clickOk();
        CHECK(dialog.problems() ==
              QStringList{u"The folder “Deals” already has a view called “Open pipeline”."_s});
    }
    SECTION("a between with one value")
    {
        form.name->setText(u"Mid-size"_s);
        FilterRowWidget *row = form.filters->addRow();
        form.pick(row->fieldBox(), u"Value"_s);
        form.pick(row->operatorBox(), u"between"_s);
        CHECK_FALSE(row->secondValueBox()->isHidden());
        row->valueBox()->setEditText(u"1000"_s);
        form.clickOk();
        CHECK(dialog.problems() == QStringList{u"Filter 1 (Value between): give both values."_s});
    }
    SECTION("text where a number filter needs a number")
    {
        form.name->setText(u"High score"_s);
        FilterRowWidget *row = form.filters->addRow();
        form.pick(row->fieldBox(), u"Score"_s);
        form.pick(row->operatorBox(), u"greater than"_s);
        row->valueBox()->setEditText(u"lots"_s);
        form.clickOk();
        CHECK(dialog.problems() == QStringList{u"Filter 1 (Score): the value must be a number."_s});
    }

    CHECK(form.message->isVisibleTo(&dialog));
    CHECK(form.message->text() == dialog.problems().join(u'\n'));
    CHECK_FALSE(dialog.savedView().has_value());
    CHECK(required(data.repository->views(data.folder.id)) == viewsBefore);
}

TEST_CASE("The editor shows a stored view and saves a change as one undoable step", "[gui][views]")
{
    GuiTestData data = makeGuiTestData();
    UndoHistory history(*data.repository);
    const FolderSnapshot snapshot = required(data.repository->snapshot(data.folder.id));
    SavedView open = data.openPipeline;
    open.filters = {{"value", FilterOperator::Between, "100", "5000"},
                    {"stage", FilterOperator::IsNot, "New", ""}};
    open.cardFields = {"owner", "company"};
    requireOk(data.repository->updateView(open));
    ViewEditorDialog dialog(history, snapshot, open);
    EditorForm form(dialog);

    CHECK(form.name->text() == u"Open pipeline"_s);
    CHECK(form.hiddenColumns->findItems(u"Won"_s, Qt::MatchExactly).front()->checkState() ==
          Qt::Checked);
    CHECK(form.hiddenColumns->findItems(u"New"_s, Qt::MatchExactly).front()->checkState() ==
          Qt::Unchecked);
    REQUIRE(form.filters->rowCount() == 2);
    CHECK(form.filters->row(0)->secondValueBox()->currentText() == u"5000"_s);
    // The stage is picked from the folder's stages.
    CHECK_FALSE(form.filters->row(1)->valueBox()->isEditable());
    CHECK(form.filters->row(1)->valueBox()->currentText() == u"New"_s);
    CHECK(form.cardFields->item(0)->text() == u"Owner"_s);
    CHECK(form.cardFields->item(1)->text() == u"Company"_s);
    CHECK(dialog.viewFromForm() == open); // opening and saving changes nothing

    // Card fields reorder with the buttons.
    form.cardFields->setCurrentRow(1);
    dialog.findChild<QPushButton *>(u"moveUpButton"_s)->click();
    form.name->setText(u"Open deals"_s);
    form.clickOk();

    REQUIRE(dialog.problems().isEmpty());
    const SavedView stored = required(data.repository->view(open.id));
    CHECK(stored.name == "Open deals");
    CHECK(stored.cardFields == std::vector<std::string>{"company", "owner"});
    CHECK(stored.filters == open.filters);

    REQUIRE(required(data.repository->undo()).label == "Change view “Open deals”");
    CHECK(required(data.repository->view(open.id)) == open);
}

TEST_CASE("The editor leaves out what a view names that the folder no longer has", "[gui][views]")
{
    GuiTestData data = makeGuiTestData();
    UndoHistory history(*data.repository);
    SavedView broken = data.allDeals;
    broken.filters = {{customFieldRef(data.score.id), FilterOperator::Greater, "5", ""},
                      {"owner", FilterOperator::Is, "Anna Berg", ""}};
    broken.sort = {customFieldRef(data.score.id), false};
    requireOk(data.repository->updateView(broken));
    requireOk(data.repository->deleteField(data.score.id));
    const FolderSnapshot snapshot = required(data.repository->snapshot(data.folder.id));

    ViewEditorDialog dialog(history, snapshot, broken);
    EditorForm form(dialog);

    CHECK(form.message->isVisibleTo(&dialog));
    CHECK(form.message->text().startsWith(u"This view names what the folder no longer has"_s));
    REQUIRE(form.filters->rowCount() == 1);
    CHECK(form.filters->row(0)->filter() == broken.filters[1]);
    CHECK(form.sortField->currentText() == u"Manual order"_s);
    CHECK(dialog.problems().isEmpty());

    form.clickOk();
    const SavedView stored = required(data.repository->view(broken.id));
    CHECK(stored.filters == std::vector<ViewFilter>{broken.filters[1]});
    CHECK(stored.sort.field.empty());
}
