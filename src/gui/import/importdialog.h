#pragma once

#include "core/domain/ids.h"
#include "core/io/importer.h"

#include <QDialog>
#include <QTimer>

#include <map>
#include <memory>
#include <string>

class QPushButton;

namespace Ui {
class ImportDialog;
}

namespace dealboard {

class Repository;
class UndoHistory;

// Imports a CSV file into a folder (ui/importdialog.ui). The user picks a file and a
// folder, sees how each column will be mapped with the first rows beside it, may send a
// column elsewhere, and sets the date format and default currency when the file needs
// them. The plan is worked out by the core's planImport, so the preview shows exactly what
// the import will do. Import runs importCsv with a progress bar and a working Cancel; if
// any row is bad nothing is written and the dialog lists the bad rows. A whole import is
// one undoable step ("Import 8,800 deals").
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(UndoHistory &undoHistory, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &file);
    void setFolderName(const QString &name);

    // True once the current file and settings make a plan the import can run.
    bool canImport() const;

    // After a successful import, what it did, for the window's status bar: "Imported 8,800
    // rows into “Sales”: 8,800 created, 0 updated, 0 unchanged".
    QString summaryText() const { return m_summaryText; }

public Q_SLOTS:
    void startImport();
    void reject() override;

Q_SIGNALS:
    // After a successful import, with the folder the deals went into and summaryText().
    // The summary defaults to empty so that emitting with the folder alone still builds.
    void imported(dealboard::FolderId folderId, const QString &summary = QString());

private:
    void fillChoices();
    void connectSignals();
    void browse();
    void refreshPreview();
    void scheduleRefresh();
    void chooseTarget(const QString &header, const QString &target);
    ImportOptions options() const;
    void showPlan(const ImportPlan &plan);
    void showError(const QString &message);
    void setImporting(bool importing);
    bool reportProgress(int done, int total);
    void finishImport(const Result<ImportSummary> &summary);
    QString summaryOf(const ImportSummary &summary, const QString &folder) const;
    QString stepLabel() const;

    std::unique_ptr<Ui::ImportDialog> m_ui;
    UndoHistory &m_undoHistory;
    Repository &m_repository;
    QPushButton *m_importButton = nullptr;
    QTimer m_refreshTimer;
    QString m_plannedFile;
    QString m_summaryText;
    std::map<std::string, std::string> m_targets; // column header -> target the user chose
    int m_plannedRows = 0;
    bool m_canImport = false;
    bool m_importing = false;
    bool m_cancelRequested = false;
};

} // namespace dealboard
