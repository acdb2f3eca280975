#include "gui/import/importdialog.h"

#include "ui_importdialog.h"

#include "core/io/dateparser.h"
#include "core/storage/repository.h"
#include "gui/undo/undohistory.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QLocale>
#include <QPushButton>

#include <filesystem>

namespace dealboard {

namespace {

constexpr int refreshDelayMs = 300; // typing a folder name re-plans once the user pauses
constexpr int workOutDateOrder = -1;

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string toStd(const QString &text)
{
    return text.trimmed().toStdString();
}

std::filesystem::path toPath(const QString &file)
{
    return std::filesystem::path(QFile::encodeName(file.trimmed()).toStdString());
}

QString joined(const std::vector<std::string> &names)
{
    QStringList list;
    for (const auto &name : names)
        list.append(fromStd(name));
    return list.join(QStringLiteral(", "));
}

} // namespace

ImportDialog::ImportDialog(UndoHistory &undoHistory, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_undoHistory(undoHistory)
    , m_repository(undoHistory.repository())
{
    m_ui->setupUi(this);
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshDelayMs);

    fillChoices();
    connectSignals();
    refreshPreview();
}

ImportDialog::~ImportDialog()
{
    // QDialog's destructor hides the dialog, which takes the focus from the file field and
    // would run its editingFinished handler on members already destroyed.
    m_ui->fileEdit->disconnect(this);
}

void ImportDialog::setFile(const QString &file)
{
    m_ui->fileEdit->setText(file);
    m_plannedFile = file;
    m_targets.clear(); // the choices were for the columns of another file
    refreshPreview();
}

void ImportDialog::setFolderName(const QString &name)
{
    m_ui->folderCombo->setEditText(name);
    refreshPreview();
}

bool ImportDialog::canImport() const
{
    return m_canImport && !m_importing;
}

void ImportDialog::fillChoices()
{
    if (const auto folders = m_repository.folders()) {
        for (const auto &folder : *folders)
            m_ui->folderCombo->addItem(fromStd(folder.name));
    }
    if (m_ui->folderCombo->count() == 0)
        m_ui->folderCombo->setEditText(tr("Imported deals"));

    m_ui->dateFormatCombo->addItem(tr("Work out from the file"), workOutDateOrder);
    m_ui->dateFormatCombo->addItem(tr("Day first (31/12/2024)"), int(DateOrder::DayMonthYear));
    m_ui->dateFormatCombo->addItem(tr("Month first (12/31/2024)"), int(DateOrder::MonthDayYear));
    m_ui->dateFormatCombo->addItem(tr("Year first (2024-12-31)"), int(DateOrder::YearMonthDay));

    const QStringList currencies{
        QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("JPY"),
        QStringLiteral("CHF"), QStringLiteral("CAD"), QStringLiteral("AUD")};
    m_ui->currencyCombo->addItems(currencies);
    const QString local = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    m_ui->currencyCombo->setCurrentText(isCurrencyCode(toStd(local)) ? local
                                                                     : QStringLiteral("USD"));
}

void ImportDialog::connectSignals()
{
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->fileEdit->text() != m_plannedFile)
            setFile(m_ui->fileEdit->text());
    });
    connect(m_ui->folderCombo, &QComboBox::currentTextChanged, this,
            &ImportDialog::scheduleRefresh);
    connect(m_ui->currencyCombo, &QComboBox::currentTextChanged, this,
            &ImportDialog::scheduleRefresh);
    connect(m_ui->dateFormatCombo, &QComboBox::currentIndexChanged, this,
            &ImportDialog::refreshPreview);
    connect(m_ui->previewTable, &ImportPreviewTable::targetChosen, this,
            &ImportDialog::chooseTarget);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ImportDialog::refreshPreview);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
}

void ImportDialog::browse()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Import deals"), m_ui->fileEdit->text(),
                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!file.isEmpty())
        setFile(file);
}

void ImportDialog::scheduleRefresh()
{
    m_refreshTimer.start();
}

// Sending a column to a built-in field takes that field from any column the user had
// sent there before: a field is filled from one column.
void ImportDialog::chooseTarget(const QString &header, const QString &target)
{
    const std::string chosen = toStd(target);
    if (!chosen.empty() && !chosen.starts_with("field:"))
        std::erase_if(m_targets, [&](const auto &entry) { return entry.second == chosen; });
    m_targets[header.toStdString()] = chosen;
    refreshPreview();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.folderName = toStd(m_ui->folderCombo->currentText());
    options.defaultCurrency = toStd(m_ui->currencyCombo->currentText().toUpper());
    const int order = m_ui->dateFormatCombo->currentData().toInt();
    if (order != workOutDateOrder)
        options.dateOrder = DateOrder(order);
    for (const auto &[header, target] : m_targets) {
        if (target.empty())
            options.skippedColumns.push_back(header);
        else
            options.mapping[target] = header;
    }
    return options;
}

// Plans the import again from the current settings. When only the date order is missing,
// the columns are still shown (read day-first) so the user sees what to decide.
void ImportDialog::refreshPreview()
{
    m_refreshTimer.stop();
    m_canImport = false;
    m_importButton->setEnabled(false);
    if (m_ui->fileEdit->text().trimmed().isEmpty()) {
        m_ui->previewTable->clearPlan();
        m_ui->summaryLabel->setText(tr("Choose a CSV file to import."));
        showError({});
        return;
    }

    ImportOptions settings = options();
    const auto file = toPath(m_ui->fileEdit->text());
    const auto plan = planImport(m_repository, file, settings);
    if (plan) {
        showError({});
        showPlan(*plan);
        m_canImport = true;
        m_importButton->setEnabled(true);
        return;
    }
    showError(fromStd(plan.error()));
    m_ui->summaryLabel->clear();
    settings.dateOrder = settings.dateOrder.value_or(DateOrder::DayMonthYear);
    const auto preview = planImport(m_repository, file, settings);
    if (preview)
        m_ui->previewTable->showPlan(*preview);
    else
        m_ui->previewTable->clearPlan();
}

void ImportDialog::showPlan(const ImportPlan &plan)
{
    m_ui->previewTable->showPlan(plan);
    m_plannedRows = plan.rowCount;

    const QString folder = m_ui->folderCombo->currentText().trimmed();
    const auto existing = m_repository.folderByName(toStd(folder));
    const QString rows = QLocale().toString(plan.rowCount);
    QStringList lines{(existing && *existing)
                          ? tr("Deals to import: %1, into folder “%2”.").arg(rows, folder)
                          : tr("Deals to import: %1, into the new folder “%2”.").arg(rows, folder)};
    // A re-import mostly updates: say so, or the count reads as that many new deals.
    if (plan.matchedRowCount > 0)
        lines.front() = tr("%1 rows, %2 of them already in the folder “%3” (matched by id).")
                            .arg(rows, QLocale().toString(plan.matchedRowCount), folder);
    if (!plan.newStages.empty())
        lines.append(tr("New stages: %1.").arg(joined(plan.newStages)));
    std::vector<std::string> newFields;
    for (const auto &column : plan.columns) {
        if (column.createsField)
            newFields.push_back(column.target.substr(std::string_view("field:").size()));
    }
    if (!newFields.empty())
        lines.append(tr("New custom fields: %1.").arg(joined(newFields)));
    if (plan.dateOrder)
        lines.append(
            tr("Dates are read as %1.").arg(fromStd(std::string(toString(*plan.dateOrder)))));
    m_ui->summaryLabel->setText(lines.join(QLatin1Char(' ')));
}

void ImportDialog::showError(const QString &message)
{
    m_ui->errorText->setPlainText(message);
    m_ui->errorText->setVisible(!message.isEmpty());
}

void ImportDialog::startImport()
{
    if (!canImport())
        return;
    showError({});
    m_cancelRequested = false;
    setImporting(true);
    Result<ImportSummary> summary = failure(std::string());
    const Status written = m_undoHistory.run(stepLabel(), [&]() -> Status {
        summary = importCsv(m_repository, toPath(m_ui->fileEdit->text()), options(),
                            [this](int done, int total) { return reportProgress(done, total); });
        return summary ? Status{} : failure(summary.error());
    });
    setImporting(false);
    finishImport(written ? summary : Result<ImportSummary>(failure(written.error())));
}

QString ImportDialog::stepLabel() const
{
    return m_plannedRows == 1 ? tr("Import 1 deal")
                              : tr("Import %1 deals").arg(QLocale().toString(m_plannedRows));
}

void ImportDialog::finishImport(const Result<ImportSummary> &summary)
{
    if (!summary) {
        m_ui->progressBar->setValue(0);
        refreshPreview(); // the folder may differ from what the preview assumed
        showError(fromStd(summary.error()));
        return;
    }
    const auto folder = m_repository.folderByName(toStd(m_ui->folderCombo->currentText()));
    if (!folder || !*folder) {
        showError(tr("The deals were imported, but the folder cannot be opened: %1")
                      .arg(folder ? QString() : fromStd(folder.error())));
        return;
    }
    m_summaryText = summaryOf(*summary, fromStd((*folder)->name));
    Q_EMIT imported((*folder)->id, m_summaryText);
    accept();
}

QString ImportDialog::summaryOf(const ImportSummary &summary, const QString &folder) const
{
    const QLocale locale;
    const int rows = summary.created + summary.updated + summary.unchanged;
    const QString counts =
        tr("%1 created, %2 updated, %3 unchanged")
            .arg(locale.toString(summary.created), locale.toString(summary.updated),
                 locale.toString(summary.unchanged));
    return rows == 1
               ? tr("Imported 1 row into “%1”: %2").arg(folder, counts)
               : tr("Imported %1 rows into “%2”: %3").arg(locale.toString(rows), folder, counts);
}

// While the import runs, only Cancel stays active; it asks the import to stop.
void ImportDialog::setImporting(bool importing)
{
    m_importing = importing;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->fileEdit), static_cast<QWidget *>(m_ui->browseButton),
          static_cast<QWidget *>(m_ui->folderCombo), static_cast<QWidget *>(m_ui->dateFormatCombo),
          static_cast<QWidget *>(m_ui->currencyCombo), static_cast<QWidget *>(m_ui->previewTable),
          static_cast<QWidget *>(m_importButton)})
        widget->setEnabled(!importing);
}

// Called by the import between rows: draws the bar and lets Qt handle a click on Cancel.
bool ImportDialog::reportProgress(int done, int total)
{
    m_ui->progressBar->setMaximum(std::max(total, 1));
    m_ui->progressBar->setValue(done);
    QCoreApplication::processEvents();
    return !m_cancelRequested;
}

void ImportDialog::reject()
{
    if (m_importing) {
        m_cancelRequested = true;
        return;
    }
    QDialog::reject();
}

} // namespace dealboard
