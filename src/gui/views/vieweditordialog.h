#pragma once

#include "core/board/board.h"
#include "core/domain/savedview.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <set>
#include <string>

class QListWidget;

namespace Ui {
class ViewEditor;
}

namespace dealboard {

class UndoHistory;
class ViewFieldCatalog;

// The saved view editor (ui/vieweditor.ui): name, grouping, hidden columns, filters, the
// sort within a column and the fields a card shows. OK checks the form (see ViewValidator)
// and lists what is wrong in the dialog, leaving every input as it was; a valid view is
// written as one undoable step, by Repository::createView for a new view (id 0) or
// Repository::updateView.
//
// Parts of the view naming what the folder no longer has (a deleted field, stage or
// option) are left out of the form (withoutBrokenParts), which says so: saving drops them.
class ViewEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    // snapshot supplies the folder's stages, fields and, for the columns of a grouping by
    // owner or person, its deals; the dialog keeps its own copy.
    ViewEditorDialog(UndoHistory &history, FolderSnapshot snapshot, SavedView view,
                     QWidget *parent = nullptr);
    ~ViewEditorDialog() override;

    bool isNewView() const { return m_view.id == 0; }
    // The view as the form describes it now.
    SavedView viewFromForm() const;
    // The view as storage wrote it, once saved.
    const std::optional<SavedView> &savedView() const { return m_saved; }
    // The messages shown after the last attempt to save, one per problem.
    QStringList problems() const { return m_problems; }

    // Checks the form and, when it is valid, writes the view and closes the dialog.
    void save();

Q_SIGNALS:
    void viewSaved(const SavedView &view);

private:
    void fillGroupings();
    void fillColumns();
    void fillSortFields();
    void fillCardFields();
    void moveCardField(int step);
    std::vector<std::string> checkedKeys(const QListWidget *list) const;
    [[nodiscard]] Result<SavedView> write(const SavedView &view);
    void showLeftOutParts(const std::vector<std::string> &warnings);
    void showProblems(const QStringList &problems, QWidget *firstInput);

    std::unique_ptr<Ui::ViewEditor> m_ui;
    UndoHistory &m_history;
    FolderSnapshot m_snapshot;
    std::unique_ptr<ViewFieldCatalog> m_catalog;
    SavedView m_view;
    // Hidden columns of the view's own grouping that no deal has now (an owner who left):
    // kept, so the column stays hidden if such deals come back.
    std::set<std::string> m_absentHiddenColumns;
    std::optional<SavedView> m_saved;
    QStringList m_problems;
};

} // namespace dealboard
