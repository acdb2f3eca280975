#include "gui/deals/dealeditordialog.h"

#include "ui_dealeditor.h"

#include "core/log/logging.h"
#include "core/storage/repository.h"
#include "gui/deals/amountparser.h"
#include "gui/undo/undohistory.h"

#include <QCompleter>
#include <QIntValidator>
#include <QPushButton>

#include <map>
#include <set>

namespace dealboard {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// Sorted distinct non-empty values, for completers.
QStringList distinct(const std::set<std::string> &values)
{
    QStringList list;
    for (const std::string &value : values) {
        if (!value.empty())
            list.append(fromStd(value));
    }
    return list;
}

QCompleter *completerFor(const QStringList &words, QObject *parent)
{
    auto *completer = new QCompleter(words, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    return completer;
}

} // namespace

DealEditorDialog::DealEditorDialog(UndoHistory &undoHistory, const FolderSnapshot &snapshot,
                                   Deal deal, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DealEditor>())
    , m_undoHistory(undoHistory)
    , m_repository(undoHistory.repository())
    , m_stages(snapshot.stages)
    , m_deal(std::move(deal))
{
    m_ui->setupUi(this);
    if (m_deal.folderId == 0)
        m_deal.folderId = snapshot.folder.id;
    setWindowTitle(isNewDeal() ? tr("New deal in %1").arg(fromStd(snapshot.folder.name))
                               : tr("Deal: %1").arg(fromStd(m_deal.title)));

    fillStages(snapshot);
    fillLostReasons(snapshot);
    fillCurrencies(snapshot);
    fillCompleters(snapshot);
    m_ui->customFieldsEditor->setFields(snapshot.fields, m_deal.fields, m_people);
    m_ui->customFieldsGroup->setVisible(!snapshot.fields.empty());
    m_ui->customFieldsScrollArea->viewport()->setAutoFillBackground(false);
    m_ui->customFieldsEditor->setAutoFillBackground(false);
    // Room for a few custom fields without scrolling; more than that scroll.
    const int customHeight = m_ui->customFieldsEditor->sizeHint().height();
    m_ui->customFieldsScrollArea->setMinimumHeight(
        std::min(customHeight, 12 * fontMetrics().height()));
    fillForm();
    // As tall as the fields need, so a folder with few custom fields gets a compact dialog.
    resize(width(), sizeHint().height());

    connect(m_ui->stageCombo, &QComboBox::currentIndexChanged, this,
            &DealEditorDialog::stageChosen);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DealEditorDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->titleEdit->setFocus();
}

DealEditorDialog::~DealEditorDialog() = default;

void DealEditorDialog::save()
{
    const std::optional<Deal> deal = dealFromForm();
    if (!deal)
        return;

    Result<Deal> saved = write(*deal);
    if (!saved) {
        log(logger::gui)->warn("Deal {} not saved: {}", deal->id, saved.error());
        showProblems({tr("The deal was not saved: %1").arg(fromStd(saved.error()))},
                     m_ui->titleEdit);
        return;
    }

    m_saved = std::move(*saved);
    m_problems.clear();
    Q_EMIT dealSaved(*m_saved);
    accept();
}

// One undoable step. Storage applies the stage rules to a written deal as to a moved one:
// the editor supplies the lost reason and the close date the user chose.
Result<Deal> DealEditorDialog::write(const Deal &deal)
{
    const QString title = fromStd(deal.title);
    const QString label =
        isNewDeal() ? tr("Create deal %1").arg(title) : tr("Edit deal %1").arg(title);
    Result<Deal> written = failure("The deal was not written.");
    const Status status = m_undoHistory.run(label, [&]() -> Status {
        written = isNewDeal() ? m_repository.createDeal(deal) : m_repository.updateDeal(deal);
        return written ? Status{} : failure(written.error());
    });
    if (!status)
        return failure(status.error());
    return written;
}

void DealEditorDialog::fillStages(const FolderSnapshot &snapshot)
{
    for (const Stage &stage : snapshot.stages)
        m_ui->stageCombo->addItem(fromStd(stage.name), QVariant::fromValue<qint64>(stage.id));

    const int current = m_ui->stageCombo->findData(QVariant::fromValue<qint64>(m_deal.stageId));
    m_ui->stageCombo->setCurrentIndex(std::max(current, 0));
    m_ui->probabilityEdit->setValidator(new QIntValidator(0, 100, this));
}

// The folder's reasons to pick from; free text when the admin has defined none. A reason
// the deal gave that is no longer listed stays offered, so opening the editor changes
// nothing.
void DealEditorDialog::fillLostReasons(const FolderSnapshot &snapshot)
{
    QComboBox *combo = m_ui->lostReasonCombo;
    for (const LostReason &reason : snapshot.lostReasons)
        combo->addItem(fromStd(reason.name));
    combo->setEditable(snapshot.lostReasons.empty());
    const QString current = fromStd(m_deal.lostReason);
    if (!current.isEmpty() && combo->findText(current) < 0)
        combo->addItem(current);
    if (combo->isEditable())
        combo->setCurrentText(current);
    else if (!current.isEmpty())
        combo->setCurrentIndex(combo->findText(current));
}

const Stage *DealEditorDialog::chosenStage() const
{
    const StageId id = m_ui->stageCombo->currentData().value<qint64>();
    const auto found = std::ranges::find(m_stages, id, &Stage::id);
    return found == m_stages.end() ? nullptr : &*found;
}

// Shows what the chosen stage implies: its default probability, the lost reason for a
// lost stage, and today as the close date when the deal is about to be won.
void DealEditorDialog::stageChosen()
{
    const Stage *stage = chosenStage();
    m_ui->probabilityEdit->setPlaceholderText(
        stage ? tr("%1 (the stage's default)").arg(stage->probability) : QString());
    const bool lost = stage && stage->isLost();
    m_ui->lostReasonLabel->setVisible(lost);
    m_ui->lostReasonCombo->setVisible(lost);

    const bool entersWon = stage && stage->isWon() && stage->id != m_deal.stageId;
    if (entersWon)
        m_ui->closeDateEdit->setValue(Date::today());
}

// The folder's currencies first, most used on top, then a few common ones.
void DealEditorDialog::fillCurrencies(const FolderSnapshot &snapshot)
{
    std::map<std::string, int> uses;
    for (const Deal &deal : snapshot.deals) {
        if (deal.value)
            ++uses[deal.value->currency];
    }
    std::vector<std::pair<int, std::string>> byUse;
    for (const auto &[code, count] : uses)
        byUse.emplace_back(-count, code);
    std::ranges::sort(byUse);

    QStringList codes;
    for (const auto &entry : byUse)
        codes.append(fromStd(entry.second));
    for (const char *code : {"USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "SEK"}) {
        if (!codes.contains(QLatin1String(code)))
            codes.append(QLatin1String(code));
    }
    m_ui->currencyCombo->addItems(codes);
    m_ui->currencyCombo->setInsertPolicy(QComboBox::NoInsert);
}

void DealEditorDialog::fillCompleters(const FolderSnapshot &snapshot)
{
    std::set<std::string> companies;
    std::set<std::string> owners;
    std::set<std::string> people;
    for (const Deal &deal : snapshot.deals) {
        companies.insert(deal.company);
        owners.insert(deal.owner);
        people.insert(deal.owner);
        people.insert(deal.contact);
    }

    m_people = distinct(people);
    m_ui->companyEdit->setCompleter(completerFor(distinct(companies), this));
    m_ui->ownerEdit->setCompleter(completerFor(distinct(owners), this));
    m_ui->contactEdit->setCompleter(completerFor(m_people, this));
}

void DealEditorDialog::fillForm()
{
    m_ui->titleEdit->setText(fromStd(m_deal.title));
    m_ui->companyEdit->setText(fromStd(m_deal.company));
    m_ui->contactEdit->setText(fromStd(m_deal.contact));
    m_ui->ownerEdit->setText(fromStd(m_deal.owner));
    if (m_deal.value) {
        m_ui->amountEdit->setText(AmountParser::toText(*m_deal.value));
        m_ui->currencyCombo->setCurrentText(fromStd(m_deal.value->currency));
    }
    m_ui->closeDateEdit->setValue(m_deal.expectedClose);
    if (m_deal.probability)
        m_ui->probabilityEdit->setText(QString::number(*m_deal.probability));
    stageChosen();
}

// The deal the form describes, or nothing after showing every problem in the dialog.
std::optional<Deal> DealEditorDialog::dealFromForm()
{
    QStringList problems;
    QWidget *firstInput = nullptr;
    const auto problem = [&](const QString &message, QWidget *input) {
        problems.append(message);
        if (!firstInput)
            firstInput = input;
    };

    Deal deal = m_deal;
    deal.title = m_ui->titleEdit->text().trimmed().toStdString();
    if (deal.title.empty())
        problem(tr("The title is empty: every deal needs a title."), m_ui->titleEdit);
    deal.company = m_ui->companyEdit->text().trimmed().toStdString();
    deal.contact = m_ui->contactEdit->text().trimmed().toStdString();
    deal.owner = m_ui->ownerEdit->text().trimmed().toStdString();

    const auto value =
        AmountParser::parse(m_ui->amountEdit->text(), m_ui->currencyCombo->currentText());
    if (value)
        deal.value = *value;
    else
        problem(value.error(), m_ui->amountEdit);

    deal.expectedClose = m_ui->closeDateEdit->value();
    deal.stageId = m_ui->stageCombo->currentData().value<qint64>();
    if (deal.stageId == 0)
        problem(tr("Choose a stage for the deal."), m_ui->stageCombo);

    const QString probability = m_ui->probabilityEdit->text().trimmed();
    bool isNumber = false;
    const int percent = probability.toInt(&isNumber);
    if (probability.isEmpty())
        deal.probability.reset();
    else if (isNumber && percent >= 0 && percent <= 100)
        deal.probability = percent;
    else
        problem(tr("The win probability is a percentage from 0 to 100, or empty for the "
                   "stage's default."),
                m_ui->probabilityEdit);

    const Stage *stage = chosenStage();
    deal.lostReason = stage && stage->isLost()
                          ? m_ui->lostReasonCombo->currentText().trimmed().toStdString()
                          : std::string();

    auto fields = m_ui->customFieldsEditor->values();
    if (fields) {
        deal.fields = std::move(*fields);
    } else {
        for (const auto &fieldProblem : fields.error())
            problem(fieldProblem.message, fieldProblem.input);
    }

    if (!problems.isEmpty()) {
        showProblems(problems, firstInput);
        return std::nullopt;
    }
    return deal;
}

void DealEditorDialog::showProblems(const QStringList &problems, QWidget *firstInput)
{
    m_problems = problems;
    QStringList lines;
    for (const QString &problem : problems)
        lines.append(tr("• %1").arg(problem));
    m_ui->messageLabel->setText(lines.join(QLatin1Char('\n')));

    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_ui->messageLabel->setPalette(palette);
    m_ui->messageLabel->setVisible(true);

    if (firstInput)
        firstInput->setFocus();
}

} // namespace dealboard
