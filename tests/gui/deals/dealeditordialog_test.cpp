#include "gui/deals/dealeditordialog.h"

#include "../board/guitestdata.h"
#include "gui/deals/customfieldseditor.h"
#include "gui/deals/optionaldateedit.h"
#include "gui/undo/undohistory.h"

#include <catch2/catch_test_macros.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

struct Form
{
    explicit Form(DealEditorDialog &dialog)
        : title(child<QLineEdit>(dialog, "titleEdit"))
        , company(child<QLineEdit>(dialog, "companyEdit"))
        , contact(child<QLineEdit>(dialog, "contactEdit"))
        , owner(child<QLineEdit>(dialog, "ownerEdit"))
        , amount(child<QLineEdit>(dialog, "amountEdit"))
        , currency(child<QComboBox>(dialog, "currencyCombo"))
        , closeDate(child<OptionalDateEdit>(dialog, "closeDateEdit"))
        , stage(child<QComboBox>(dialog, "stageCombo"))
        , message(child<QLabel>(dialog, "messageLabel"))
        , save(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save))
    {
    }

    template <typename T> static T *child(DealEditorDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        REQUIRE(widget);
        return widget;
    }

    QLineEdit *title;
    QLineEdit *company;
    QLineEdit *contact;
    QLineEdit *owner;
    QLineEdit *amount;
    QComboBox *currency;
    OptionalDateEdit *closeDate;
    QComboBox *stage;
    QLabel *message;
    QPushButton *save;
};

} // namespace

TEST_CASE("The editor shows every field of a deal", "[gui][deals]")
{
    GuiTestData data = makeGuiTestData();
    Deal deal = data.dealTitled("Website relaunch");
    deal.expectedClose = Date::fromIso("2026-06-30");
    deal.fields[data.product.id] = "GTX Basic";
    deal = required(data.repository->updateDeal(deal));

    const FolderSnapshot snapshot = required(data.repository->snapshot(data.folder.id));
    UndoHistory undo(*data.repository);
    DealEditorDialog dialog(undo, snapshot, deal);
    const Form form(dialog);

    CHECK(form.title->text() == u"Website relaunch"_s);
    CHECK(form.company->text() == u"Acme Corp"_s);
    CHECK(form.contact->text() == u"Carl Dahl"_s);
    CHECK(form.owner->text() == u"Anna Berg"_s);
    CHECK(form.amount->text() == u"12500.00"_s);
    CHECK(form.currency->currentText() == u"USD"_s);
    CHECK(form.closeDate->value() == Date::fromIso("2026-06-30"));
    CHECK(form.stage->currentText() == u"New"_s);
    CHECK(form.stage->count() == 5);
    CHECK(form.message->isHidden());

    auto *custom = dialog.findChild<CustomFieldsEditor *>();
    REQUIRE(custom);
    CHECK(custom->fieldCount() == 6);
    CHECK(qobject_cast<QComboBox *>(custom->inputFor(data.product.id))->currentText() ==
          u"GTX Basic"_s);
}

TEST_CASE("The editor says what is wrong and keeps what was typed", "[gui][deals]")
{
    GuiTestData data = makeGuiTestData();
    const Deal deal = data.dealTitled("Support contract");
    const FolderSnapshot snapshot = required(data.repository->snapshot(data.folder.id));
    UndoHistory undo(*data.repository);
    DealEditorDialog dialog(undo, snapshot, deal);
    const Form form(dialog);
    dialog.show();

    form.company->setText(u"Globex International"_s);

    SECTION("an empty title")
    {
        form.title->setText(u"   "_s);
        form.save->click();
        CHECK(dialog.problems() == QStringList{u"The title is empty: every deal needs a title."_s});
    }
    SECTION("an amount that is not a number")
    {
        form.amount->setText(u"five hundred"_s);
        form.save->click();
        CHECK(dialog.problems() == QStringList{u"The amount “five hundred” is not a number."_s});
    }
    SECTION("too many decimals for the currency")
    {
        form.amount->setText(u"12.345"_s);
        form.currency->setCurrentText(u"EUR"_s);
        form.save->click();
        CHECK(dialog.problems() ==
              QStringList{u"EUR amounts have at most 2 decimals: “12.345” has 3."_s});
    }
    SECTION("a bad currency code")
    {
        form.currency->setCurrentText(u"EURO"_s);
        form.save->click();
        CHECK(dialog.problems() ==
              QStringList{
                  u"“EURO” is not a currency code: use three letters, such as USD or EUR."_s});
    }
    SECTION("every problem at once, custom fields included")
    {
        form.title->clear();
        form.amount->setText(u"1x"_s);
        auto *custom = dialog.findChild<CustomFieldsEditor *>();
        qobject_cast<QLineEdit *>(custom->inputFor(data.score.id))->setText(u"high"_s);
        form.save->click();
        CHECK(dialog.problems() == QStringList{u"The title is empty: every deal needs a title."_s,
                                               u"The amount “1x” is not a number."_s,
                                               u"Score: “high” is not a number."_s});
        CHECK(dialog.focusWidget() == form.title);
    }

    // The dialog stays open and shows the messages; nothing typed is lost, nothing written.
    CHECK(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(form.message->isVisible());
    CHECK(form.message->text().contains(dialog.problems().first()));
    CHECK(form.company->text() == u"Globex International"_s);
    CHECK_FALSE(dialog.savedDeal().has_value());
    CHECK(required(data.repository->deal(deal.id)).version == deal.version);
    CHECK(required(data.repository->deal(deal.id)).company == "Globex");
}

TEST_CASE("Saving writes every field through the repository", "[gui][deals]")
{
    GuiTestData data = makeGuiTestData();
    const Deal deal = data.dealTitled("Support contract");
    const FolderSnapshot snapshot = required(data.repository->snapshot(data.folder.id));
    UndoHistory undo(*data.repository);
    DealEditorDialog dialog(undo, snapshot, deal);
    const Form form(dialog);
    QSignalSpy saved(&dialog, &DealEditorDialog::dealSaved);
    dialog.show();

    form.title->setText(u"Support contract 2027"_s);
    form.contact->setText(u"Eve Ford"_s);
    form.owner->setText(u"Cleo Park"_s);
    form.amount->setText(u"1,250.5"_s);
    form.currency->setCurrentText(u"gbp"_s);
    form.closeDate->setValue(Date::fromIso("2027-01-15"));
    form.stage->setCurrentIndex(form.stage->findText(u"Negotiation"_s));
    auto *custom = dialog.findChild<CustomFieldsEditor *>();
    qobject_cast<QLineEdit *>(custom->inputFor(data.notes.id))->setText(u"Renews yearly"_s);
    form.save->click();

    CHECK(dialog.problems().isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(saved.count() == 1);

    const Deal stored = required(data.repository->deal(deal.id));
    CHECK(stored.title == "Support contract 2027");
    CHECK(stored.company == "Globex");
    CHECK(stored.contact == "Eve Ford");
    CHECK(stored.owner == "Cleo Park");
    CHECK(stored.value == Money{125050, "GBP"});
    CHECK(stored.expectedClose == Date::fromIso("2027-01-15"));
    CHECK(stored.stageId == data.negotiation.id);
    CHECK(stored.fields.at(data.notes.id) == "Renews yearly");
    CHECK(stored.version != deal.version);
    REQUIRE(dialog.savedDeal().has_value());
    CHECK(dialog.savedDeal()->version == stored.version);

    // The stage change is in the history.
    CHECK(required(data.repository->stageHistory(deal.id)).back().toStageId == data.negotiation.id);
}

TEST_CASE("Removing the value and the close date saves a deal without them", "[gui][deals]")
{
    GuiTestData data = makeGuiTestData();
    Deal deal = data.dealTitled("Fleet tracking");
    deal.expectedClose = Date::fromIso("2026-02-01");
    deal = required(data.repository->updateDeal(deal));
    UndoHistory undo(*data.repository);
    DealEditorDialog dialog(undo, required(data.repository->snapshot(data.folder.id)), deal);
    const Form form(dialog);

    form.amount->clear();
    form.closeDate->setValue(std::nullopt);
    dialog.save();

    const Deal stored = required(data.repository->deal(deal.id));
    CHECK_FALSE(stored.value.has_value());
    CHECK_FALSE(stored.expectedClose.has_value());
}

TEST_CASE("A new deal is created in the stage it was opened for", "[gui][deals]")
{
    GuiTestData data = makeGuiTestData();
    Deal fresh;
    fresh.stageId = data.presentation.id;
    UndoHistory undo(*data.repository);
    DealEditorDialog dialog(undo, required(data.repository->snapshot(data.folder.id)), fresh);
    const Form form(dialog);

    CHECK(dialog.isNewDeal());
    CHECK(form.stage->currentText() == u"Presentation"_s);
    CHECK(form.currency->currentText() == u"USD"_s); // the folder's most used currency

    form.title->setText(u"Office move"_s);
    form.amount->setText(u"800"_s);
    dialog.save();

    REQUIRE(dialog.savedDeal().has_value());
    const Deal stored = required(data.repository->deal(dialog.savedDeal()->id));
    CHECK(stored.title == "Office move");
    CHECK(stored.folderId == data.folder.id);
    CHECK(stored.stageId == data.presentation.id);
    CHECK(stored.value == Money{80000, "USD"});
    CHECK(required(data.repository->dealCount(data.folder.id)) == 9);
}

TEST_CASE("A deal changed elsewhere meanwhile is not overwritten", "[gui][deals]")
{
    GuiTestData data = makeGuiTestData();
    const Deal deal = data.dealTitled("Annual renewal");
    UndoHistory undo(*data.repository);
    DealEditorDialog dialog(undo, required(data.repository->snapshot(data.folder.id)), deal);
    const Form form(dialog);

    Deal elsewhere = deal;
    elsewhere.owner = "Someone Else";
    REQUIRE(data.repository->updateDeal(elsewhere).has_value());

    form.title->setText(u"Annual renewal (edited)"_s);
    dialog.save();

    REQUIRE(dialog.problems().size() == 1);
    CHECK(dialog.problems().first().startsWith(u"The deal was not saved: "_s));
    CHECK_FALSE(dialog.savedDeal().has_value());
    CHECK(form.title->text() == u"Annual renewal (edited)"_s);
    CHECK(required(data.repository->deal(deal.id)).title == "Annual renewal");
}

TEST_CASE("The win probability is the stage's default until set by hand", "[gui][deals]")
{
    GuiTestData data = makeGuiTestData();
    const Deal deal = data.dealTitled("Fleet tracking");
    UndoHistory undo(*data.repository);
    DealEditorDialog dialog(undo, required(data.repository->snapshot(data.folder.id)), deal);
    const Form form(dialog);
    auto *probability = Form::child<QLineEdit>(dialog, "probabilityEdit");

    CHECK(probability->text().isEmpty());
    CHECK(probability->placeholderText().startsWith(u"30"_s));
    form.stage->setCurrentIndex(form.stage->findText(u"Negotiation"_s));
    CHECK(probability->placeholderText().startsWith(u"60"_s));

    SECTION("left blank")
    {
        dialog.save();
        const Deal stored = required(data.repository->deal(deal.id));
        CHECK_FALSE(stored.probability.has_value());
        CHECK(stored.stageId == data.negotiation.id);
    }
    SECTION("set by hand, it survives a later move")
    {
        probability->setText(u"75"_s);
        dialog.save();
        CHECK(required(data.repository->deal(deal.id)).probability == 75);

        required(data.repository->moveDeal(deal.id, data.newStage.id));
        CHECK(required(data.repository->deal(deal.id)).probability == 75);
    }
    SECTION("out of range")
    {
        probability->setValidator(nullptr); // as if pasted past the validator
        probability->setText(u"140"_s);
        dialog.save();
        REQUIRE(dialog.problems().size() == 1);
        CHECK(dialog.problems().first().contains(u"0 to 100"_s));
        CHECK(required(data.repository->deal(deal.id)).version == deal.version);
    }
}

TEST_CASE("The editor asks for the lost reason when a lost stage is chosen", "[gui][deals]")
{
    GuiTestData data = makeGuiTestData();
    required(data.repository->addLostReason(data.folder.id, "Price"));
    required(data.repository->addLostReason(data.folder.id, "No budget"));
    const Deal deal = data.dealTitled("Annual renewal");
    UndoHistory undo(*data.repository);
    DealEditorDialog dialog(undo, required(data.repository->snapshot(data.folder.id)), deal);
    dialog.show();
    const Form form(dialog);
    auto *reason = Form::child<QComboBox>(dialog, "lostReasonCombo");

    CHECK(reason->isHidden());
    form.stage->setCurrentIndex(form.stage->findText(u"Lost"_s));
    CHECK_FALSE(reason->isHidden());
    CHECK_FALSE(reason->isEditable());
    CHECK(reason->count() == 2);
    reason->setCurrentIndex(reason->findText(u"No budget"_s));
    form.owner->setText(u"Dana Eze"_s);
    dialog.save();

    const Deal stored = required(data.repository->deal(deal.id));
    CHECK(stored.stageId == data.lost.id);
    CHECK(stored.lostReason == "No budget");
    CHECK(stored.owner == "Dana Eze");
    CHECK(required(data.repository->stageHistory(deal.id)).back().toStageId == data.lost.id);
    // One step for the whole edit, move included.
    const auto steps = required(data.repository->undoSteps());
    REQUIRE(steps.size() == 1);
    CHECK(steps.back().label == "Edit deal Annual renewal");
}

TEST_CASE("Choosing a won stage in the editor offers today as the close date", "[gui][deals]")
{
    GuiTestData data = makeGuiTestData();
    Deal deal = data.dealTitled("Annual renewal");
    deal.expectedClose = Date::fromIso("2027-03-01");
    deal = required(data.repository->updateDeal(deal));
    UndoHistory undo(*data.repository);
    DealEditorDialog dialog(undo, required(data.repository->snapshot(data.folder.id)), deal);
    const Form form(dialog);

    form.stage->setCurrentIndex(form.stage->findText(u"Won"_s));
    CHECK(form.closeDate->value() == Date::today());
    form.closeDate->setValue(Date::fromIso("2026-11-30"));
    dialog.save();

    const Deal stored = required(data.repository->deal(deal.id));
    CHECK(stored.stageId == data.won.id);
    CHECK(stored.expectedClose == Date::fromIso("2026-11-30"));
}
