#pragma once

#include "core/io/importer.h"

#include <QTableWidget>

namespace dealboard {

// The preview of an import: one column per CSV column, headed by its header, with a first
// row of combo boxes saying where the column goes (a built-in field, a custom field, or
// nowhere) and the first rows of the file below. Choosing another target emits
// targetChosen; the dialog then plans the import again and shows the new plan.
class ImportPreviewTable final : public QTableWidget
{
    Q_OBJECT

public:
    explicit ImportPreviewTable(QWidget *parent = nullptr);

    void showPlan(const ImportPlan &plan);
    void clearPlan();

    // The target the combo of column shows: as ColumnMapping::target.
    QString targetOf(int column) const;
    // Chooses target in the combo of column, as a user would; false when it offers none.
    bool chooseTarget(int column, const QString &target);

Q_SIGNALS:
    void targetChosen(const QString &header, const QString &target);

private:
    QWidget *targetCombo(const ColumnMapping &mapping, int column);
    void fillSampleRows(const ImportPlan &plan);
};

} // namespace dealboard
