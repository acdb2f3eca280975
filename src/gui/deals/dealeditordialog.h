#pragma once

#include "core/board/board.h"
#include "core/domain/deal.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class DealEditor;
}

namespace dealboard {

class Repository;

// The deal editor: every built-in field of a deal and the folder's custom fields, in the
// Designer form ui/dealeditor.ui. Save checks the form first and lists what is wrong in the
// dialog, with every input left as typed; only a valid deal is written, through
// Repository::createDeal (a deal without id) or Repository::updateDeal.
class DealEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    // snapshot supplies the folder's stages, custom fields and, for completion, the names
    // already in use. A new deal (id 0) should carry the stage it is meant for.
    DealEditorDialog(Repository &repository, const FolderSnapshot &snapshot, Deal deal,
                     QWidget *parent = nullptr);
    ~DealEditorDialog() override;

    bool isNewDeal() const { return m_deal.id == 0; }
    // The deal as storage wrote it, once saved.
    const std::optional<Deal> &savedDeal() const { return m_saved; }
    // The messages shown after the last attempt to save, one per problem.
    QStringList problems() const { return m_problems; }

    // Checks the form and, when it is valid, writes the deal and closes the dialog.
    void save();

Q_SIGNALS:
    void dealSaved(const Deal &deal);

private:
    void fillStages(const FolderSnapshot &snapshot);
    void fillCurrencies(const FolderSnapshot &snapshot);
    void fillCompleters(const FolderSnapshot &snapshot);
    void fillForm();
    std::optional<Deal> dealFromForm();
    void showProblems(const QStringList &problems, QWidget *firstInput);

    std::unique_ptr<Ui::DealEditor> m_ui;
    Repository &m_repository;
    Deal m_deal;
    std::optional<Deal> m_saved;
    QStringList m_problems;
    QStringList m_people;
};

} // namespace dealboard
