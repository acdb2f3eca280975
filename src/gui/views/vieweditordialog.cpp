#include "gui/views/vieweditordialog.h"

#include "ui_vieweditor.h"

#include "core/log/logging.h"
#include "core/storage/repository.h"
#include "gui/undo/undohistory.h"
#include "gui/views/filterlisteditor.h"
#include "gui/views/filterrowwidget.h"
#include "gui/views/viewfieldcatalog.h"
#include "gui/views/viewvalidator.h"

#include <QComboBox>
#include <QPushButton>

#include <algorithm>

namespace dealboard {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

QListWidgetItem *addCheckable(QListWidget *list, const QString &text, const std::string &key,
                              bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, fromStd(key));
    item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsDropEnabled);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

bool isStageGrouping(const std::string &groupBy)
{
    return groupBy.empty() || groupBy == "stage";
}

} // namespace

ViewEditorDialog::ViewEditorDialog(UndoHistory &history, FolderSnapshot snapshot, SavedView view,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ViewEditor>())
    , m_history(history)
    , m_snapshot(std::move(snapshot))
    , m_catalog(std::make_unique<ViewFieldCatalog>(m_snapshot))
    , m_view(std::move(view))
{
    m_ui->setupUi(this);
    if (m_view.folderId == 0)
        m_view.folderId = m_snapshot.folder.id;
    CleanedView cleaned = withoutBrokenParts(m_snapshot, m_view);
    m_view = std::move(cleaned.view);
    showLeftOutParts(cleaned.warnings);
    setWindowTitle(isNewView() ? tr("New view of %1").arg(fromStd(m_snapshot.folder.name))
                               : tr("View: %1").arg(fromStd(m_view.name)));

    m_ui->nameEdit->setText(fromStd(m_view.name));
    fillGroupings();
    fillColumns();
    m_ui->filterEditor->setCatalog(*m_catalog);
    m_ui->filterEditor->setFilters(m_view.filters);
    fillSortFields();
    fillCardFields();

    connect(m_ui->groupByBox, &QComboBox::currentIndexChanged, this, [this] { fillColumns(); });
    connect(m_ui->sortFieldBox, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->sortOrderBox->setEnabled(!m_ui->sortFieldBox->currentData().toString().isEmpty());
    });
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveCardField(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveCardField(1); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ViewEditorDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->nameEdit->setFocus();
}

ViewEditorDialog::~ViewEditorDialog() = default;

SavedView ViewEditorDialog::viewFromForm() const
{
    SavedView view = m_view;
    view.name = m_ui->nameEdit->text().trimmed().toStdString();
    view.groupBy = m_ui->groupByBox->currentData().toString().toStdString();
    view.hiddenColumns = checkedKeys(m_ui->hiddenColumnsList);
    if (view.groupBy == m_view.groupBy)
        view.hiddenColumns.insert(view.hiddenColumns.end(), m_absentHiddenColumns.begin(),
                                  m_absentHiddenColumns.end());
    view.filters = m_ui->filterEditor->filters();
    view.sort.field = m_ui->sortFieldBox->currentData().toString().toStdString();
    view.sort.descending = !view.sort.field.empty() && m_ui->sortOrderBox->currentData().toBool();
    view.cardFields = checkedKeys(m_ui->cardFieldsList);
    return view;
}

void ViewEditorDialog::save()
{
    const SavedView view = viewFromForm();
    Result<std::vector<SavedView>> folderViews = m_history.repository().views(view.folderId);
    const ViewValidator validator(m_snapshot, *m_catalog,
                                  folderViews ? *folderViews : std::vector<SavedView>());
    const std::vector<ViewValidator::Problem> found = validator.problems(view);
    if (!found.empty()) {
        QStringList messages;
        for (const ViewValidator::Problem &problem : found)
            messages.append(problem.message);
        const int row = found.front().filterRow;
        if (row >= 0)
            m_ui->tabs->setCurrentWidget(m_ui->filtersTab);
        showProblems(messages, row >= 0 ? m_ui->filterEditor->row(row)->valueBox()
                                        : static_cast<QWidget *>(m_ui->nameEdit));
        return;
    }

    Result<SavedView> saved = write(view);
    if (!saved) {
        log(logger::gui)->warn("Cannot save view \"{}\": {}", view.name, saved.error());
        showProblems({tr("The view was not saved: %1").arg(fromStd(saved.error()))},
                     m_ui->nameEdit);
        return;
    }
    m_saved = std::move(*saved);
    m_problems.clear();
    Q_EMIT viewSaved(*m_saved);
    accept();
}

Result<SavedView> ViewEditorDialog::write(const SavedView &view)
{
    Repository &repository = m_history.repository();
    SavedView written = view;
    const QString label = isNewView() ? tr("Create view “%1”").arg(fromStd(view.name))
                                      : tr("Change view “%1”").arg(fromStd(view.name));
    const Status status = m_history.run(label, [&]() -> Status {
        if (!isNewView())
            return repository.updateView(view);
        Result<SavedView> created = repository.createView(view);
        if (!created)
            return failure(created.error());
        written = std::move(*created);
        return {};
    });
    if (!status)
        return failure(status.error());
    return written;
}

void ViewEditorDialog::fillGroupings()
{
    for (const ViewFieldCatalog::Field &field : m_catalog->groupings())
        m_ui->groupByBox->addItem(field.name, fromStd(field.ref));
    const int index = m_ui->groupByBox->findData(
        fromStd(isStageGrouping(m_view.groupBy) ? std::string("stage") : m_view.groupBy));
    m_ui->groupByBox->setCurrentIndex(std::max(index, 0));
}

// The columns of the chosen grouping; a column stays hidden while the grouping is the
// view's own, and a new grouping starts with every column shown.
void ViewEditorDialog::fillColumns()
{
    const std::string groupBy = m_ui->groupByBox->currentData().toString().toStdString();
    const bool ownGrouping =
        groupBy == m_view.groupBy || (isStageGrouping(groupBy) && isStageGrouping(m_view.groupBy));
    std::set<std::string> hidden;
    if (ownGrouping)
        hidden.insert(m_view.hiddenColumns.begin(), m_view.hiddenColumns.end());

    m_ui->hiddenColumnsList->clear();
    m_absentHiddenColumns.clear();
    for (const ViewFieldCatalog::Column &column : m_catalog->columns(groupBy)) {
        addCheckable(m_ui->hiddenColumnsList, column.name, column.key, hidden.contains(column.key));
        hidden.erase(column.key);
    }
    // A stage that is gone is gone; an owner without deals today may have some tomorrow.
    if (!isStageGrouping(groupBy))
        m_absentHiddenColumns = std::move(hidden);
}

void ViewEditorDialog::fillSortFields()
{
    m_ui->sortFieldBox->addItem(tr("Manual order"), QString());
    for (const ViewFieldCatalog::Field &field : m_catalog->fields())
        m_ui->sortFieldBox->addItem(field.name, fromStd(field.ref));
    m_ui->sortOrderBox->addItem(tr("Ascending"), false);
    m_ui->sortOrderBox->addItem(tr("Descending"), true);

    const int index = m_ui->sortFieldBox->findData(fromStd(m_view.sort.field));
    m_ui->sortFieldBox->setCurrentIndex(std::max(index, 0));
    m_ui->sortOrderBox->setCurrentIndex(m_view.sort.descending ? 1 : 0);
    m_ui->sortOrderBox->setEnabled(index > 0);
}

// The view's card fields first, checked and in their order, then the others unchecked.
void ViewEditorDialog::fillCardFields()
{
    for (const std::string &ref : m_view.cardFields) {
        if (const ViewFieldCatalog::Field *field = m_catalog->field(ref))
            addCheckable(m_ui->cardFieldsList, field->name, ref, true);
    }
    const auto &shown = m_view.cardFields;
    for (const ViewFieldCatalog::Field &field : m_catalog->fields()) {
        if (std::ranges::find(shown, field.ref) == shown.end())
            addCheckable(m_ui->cardFieldsList, field.name, field.ref, false);
    }
    m_ui->cardFieldsList->setCurrentRow(0);
}

void ViewEditorDialog::moveCardField(int step)
{
    QListWidget *list = m_ui->cardFieldsList;
    const int row = list->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= list->count())
        return;
    QListWidgetItem *item = list->takeItem(row);
    list->insertItem(target, item);
    list->setCurrentRow(target);
}

std::vector<std::string> ViewEditorDialog::checkedKeys(const QListWidget *list) const
{
    std::vector<std::string> keys;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked)
            keys.push_back(item->data(Qt::UserRole).toString().toStdString());
    }
    return keys;
}

// Not a problem to fix: the parts are already gone from the form, and saving confirms it.
void ViewEditorDialog::showLeftOutParts(const std::vector<std::string> &warnings)
{
    if (warnings.empty())
        return;
    QString text = tr("This view names what the folder no longer has; saving leaves it out:");
    for (const std::string &warning : warnings)
        text += QStringLiteral("\n• ") + fromStd(warning);
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(true);
}

void ViewEditorDialog::showProblems(const QStringList &problems, QWidget *firstInput)
{
    m_problems = problems;
    m_ui->messageLabel->setText(problems.join(u'\n'));
    m_ui->messageLabel->setVisible(!problems.isEmpty());
    if (firstInput)
        firstInput->setFocus();
}

} // namespace dealboard
