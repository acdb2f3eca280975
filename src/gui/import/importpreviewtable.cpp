#include "gui/import/importpreviewtable.h"

#include "core/io/headermapping.h"

#include <QComboBox>
#include <QHeaderView>

namespace dealboard {

namespace {

constexpr int mappingRow = 0;

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString builtInLabel(std::string_view target)
{
    if (target == "title")
        return ImportPreviewTable::tr("Title");
    if (target == "company")
        return ImportPreviewTable::tr("Company");
    if (target == "contact")
        return ImportPreviewTable::tr("Contact");
    if (target == "owner")
        return ImportPreviewTable::tr("Owner");
    if (target == "value")
        return ImportPreviewTable::tr("Value");
    if (target == "currency")
        return ImportPreviewTable::tr("Currency of the value");
    if (target == "close_date")
        return ImportPreviewTable::tr("Expected close date");
    if (target == "stage")
        return ImportPreviewTable::tr("Stage");
    if (target == "external_id")
        return ImportPreviewTable::tr("Id (updates on re-import)");
    return fromStd(target);
}

QString typeLabel(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return ImportPreviewTable::tr("text");
    case FieldType::Number:
        return ImportPreviewTable::tr("number");
    case FieldType::Money:
        return ImportPreviewTable::tr("money");
    case FieldType::Date:
        return ImportPreviewTable::tr("date");
    case FieldType::Choice:
        return ImportPreviewTable::tr("choice");
    case FieldType::Person:
        return ImportPreviewTable::tr("person");
    }
    return {};
}

// The custom-field entry of a column's combo: the field the plan found, or a new one
// named after the header.
std::pair<QString, QString> customFieldItem(const ColumnMapping &mapping)
{
    const QString target = fromStd(mapping.target);
    if (target.startsWith(QStringLiteral("field:")) && !mapping.createsField)
        return {ImportPreviewTable::tr("Custom field “%1”").arg(target.mid(6)), target};
    if (target.startsWith(QStringLiteral("field:")))
        return {
            ImportPreviewTable::tr("New custom field (%1)").arg(typeLabel(mapping.newFieldType)),
            target};
    return {ImportPreviewTable::tr("New custom field"),
            QStringLiteral("field:") + fromStd(mapping.header)};
}

} // namespace

ImportPreviewTable::ImportPreviewTable(QWidget *parent)
    : QTableWidget(parent)
{
    horizontalHeader()->setDefaultSectionSize(170);
    horizontalHeader()->setStretchLastSection(true);
}

void ImportPreviewTable::showPlan(const ImportPlan &plan)
{
    clearPlan();
    setColumnCount(int(plan.columns.size()));
    setRowCount(1 + int(plan.sampleRows.size()));

    QStringList headers;
    for (const auto &column : plan.columns)
        headers.append(fromStd(column.header));
    setHorizontalHeaderLabels(headers);

    QStringList rowLabels{tr("Goes to")};
    for (int row = 1; row <= int(plan.sampleRows.size()); ++row)
        rowLabels.append(QString::number(row));
    setVerticalHeaderLabels(rowLabels);

    for (int column = 0; column < int(plan.columns.size()); ++column)
        setCellWidget(mappingRow, column, targetCombo(plan.columns[std::size_t(column)], column));
    fillSampleRows(plan);
}

void ImportPreviewTable::clearPlan()
{
    clear();
    setRowCount(0);
    setColumnCount(0);
}

QString ImportPreviewTable::targetOf(int column) const
{
    const auto *combo = qobject_cast<QComboBox *>(cellWidget(mappingRow, column));
    return combo ? combo->currentData().toString() : QString();
}

bool ImportPreviewTable::chooseTarget(int column, const QString &target)
{
    auto *combo = qobject_cast<QComboBox *>(cellWidget(mappingRow, column));
    const int index = combo ? combo->findData(target) : -1;
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    Q_EMIT targetChosen(horizontalHeaderItem(column)->text(), target);
    return true;
}

QWidget *ImportPreviewTable::targetCombo(const ColumnMapping &mapping, int column)
{
    auto *combo = new QComboBox(this);
    combo->addItem(tr("Skip"), QString());
    for (const auto target : builtInImportTargets())
        combo->addItem(builtInLabel(target), fromStd(target));
    const auto [customLabel, customTarget] = customFieldItem(mapping);
    combo->addItem(customLabel, customTarget);
    combo->setCurrentIndex(std::max(0, combo->findData(fromStd(mapping.target))));

    const QString header = fromStd(mapping.header);
    connect(combo, &QComboBox::activated, this, [this, combo, header](int) {
        Q_EMIT targetChosen(header, combo->currentData().toString());
    });
    combo->setObjectName(QStringLiteral("targetCombo%1").arg(column));
    return combo;
}

void ImportPreviewTable::fillSampleRows(const ImportPlan &plan)
{
    for (int row = 0; row < int(plan.sampleRows.size()); ++row) {
        const auto &cells = plan.sampleRows[std::size_t(row)];
        for (int column = 0; column < int(cells.size()) && column < columnCount(); ++column)
            setItem(row + 1, column, new QTableWidgetItem(fromStd(cells[std::size_t(column)])));
    }
}

} // namespace dealboard
