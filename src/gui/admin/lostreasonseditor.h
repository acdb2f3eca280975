#pragma once

#include "core/domain/folder.h"
#include "core/domain/lostreason.h"
#include "core/result.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <vector>

namespace Ui {
class LostReasonsEditor;
}

namespace dealboard {

class UndoHistory;

// "Lost reasons…": the reasons a folder's sales reps pick from when a deal is lost. Added,
// renamed in place, reordered and removed; each change is written at once as its own undo
// step, and a refusal (a duplicate name) is shown with the typed name kept for correction.
class LostReasonsEditor final : public QDialog
{
    Q_OBJECT

public:
    LostReasonsEditor(UndoHistory &undo, FolderId folderId, QWidget *parent = nullptr);
    ~LostReasonsEditor() override;

    const std::vector<LostReason> &reasons() const { return m_reasons; }
    QString message() const;
    bool selectReason(LostReasonId id);
    // Removes the current reason; deals that gave it keep the text.
    void removeCurrentReason();

Q_SIGNALS:
    void reasonsChanged();

private:
    void connectParts();
    void reload();
    const LostReason *reasonOf(qint64 key) const;
    Status write(const QString &label, const std::function<Status()> &work);

    std::unique_ptr<Ui::LostReasonsEditor> m_ui;
    UndoHistory &m_undo;
    Folder m_folder;
    std::vector<LostReason> m_reasons;
};

} // namespace dealboard
