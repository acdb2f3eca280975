#pragma once

#include "core/domain/folder.h"
#include "core/domain/stage.h"
#include "core/result.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <vector>

class QColorDialog;
class QInputDialog;

namespace Ui {
class StageSetEditor;
}

namespace dealboard {

class UndoHistory;

// "Edit stages…": the stage set of one folder. Stages are added, renamed in place,
// reordered by drag or Move up/down, recoloured, and given a kind, a default win
// probability and a rotting limit. Every change is written at once as its own undo step
// ("Rename stage Demo to Discovery"), so Undo in the dialog or the window takes back
// exactly one change; a refusal is shown in the dialog and the input keeps what was typed.
// Deleting a stage that holds deals (counting those a view hides) asks where they go.
class StageSetEditor final : public QDialog
{
    Q_OBJECT

public:
    StageSetEditor(UndoHistory &undo, FolderId folderId, QWidget *parent = nullptr);
    ~StageSetEditor() override;

    // The stages as storage has them, left to right.
    const std::vector<Stage> &stages() const { return m_stages; }
    // The message shown after the last change: a refusal, or empty.
    QString message() const;
    bool selectStage(StageId id);

    // What the controls do, for the keyboard and tests.
    void setColor(const QString &color);
    void setKind(StageKind kind);
    void setProbability(int percent);
    void setRottingDays(std::optional<int> days);
    // Deletes the current stage at once when it is empty; otherwise opens the question of
    // where its deals go and returns it.
    QInputDialog *deleteCurrentStage();
    QColorDialog *chooseColor();

Q_SIGNALS:
    // A change was stored: boards of the folder must be shown again.
    void stagesChanged();

private:
    void connectParts();
    void reload();
    void showDetails();
    const Stage *currentStage() const;
    Status write(const QString &label, const std::function<Status()> &work);
    Status updateCurrent(const QString &label, const std::function<void(Stage &)> &change);
    Result<qint64> addStage(const QString &name, int index);
    Status renameStage(StageId id, const QString &name);
    Status moveStage(StageId id, int index);
    void deleteStage(const Stage &stage, std::optional<StageId> target, int dealCount);

    std::unique_ptr<Ui::StageSetEditor> m_ui;
    UndoHistory &m_undo;
    Folder m_folder;
    std::vector<Stage> m_stages;
    bool m_filling = false;
};

} // namespace dealboard
