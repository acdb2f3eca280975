#pragma once

#include "core/board/board.h"
#include "core/domain/deal.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class DealEditor;
}

namespace dealboard {

class Repository;
class UndoHistory;

// The deal editor: every built-in field of a deal and the folder's custom fields, in the
// Designer form ui/dealeditor.ui. Save checks the form first and lists what is wrong in the
// dialog, with every input left as typed; only a valid deal is written, as one undoable
// step: Repository::createDeal (a deal without id) or Repository::updateDeal, which apply
// the same stage rules as a drag on the board to the lost reason chosen here and the close
// date shown here (today when the deal is about to be won).
//
// The win probability is blank while the stage's default applies (shown as placeholder);
// a value typed by hand stays with the deal through stage moves. The lost reason shows
// only while a lost stage is chosen.
class DealEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    // snapshot supplies the folder's stages, custom fields and, for completion, the names
    // already in use. A new deal (id 0) should carry the stage it is meant for.
    DealEditorDialog(UndoHistory &undoHistory, const FolderSnapshot &snapshot, Deal deal,
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
    void fillLostReasons(const FolderSnapshot &snapshot);
    void stageChosen();
    const Stage *chosenStage() const;
    [[nodiscard]] Result<Deal> write(const Deal &deal);
    void fillCurrencies(const FolderSnapshot &snapshot);
    void fillCompleters(const FolderSnapshot &snapshot);
    void fillForm();
    std::optional<Deal> dealFromForm();
    void showProblems(const QStringList &problems, QWidget *firstInput);

    std::unique_ptr<Ui::DealEditor> m_ui;
    UndoHistory &m_undoHistory;
    Repository &m_repository;
    std::vector<Stage> m_stages;
    Deal m_deal;
    std::optional<Deal> m_saved;
    QStringList m_problems;
    QStringList m_people;
};

} // namespace dealboard
