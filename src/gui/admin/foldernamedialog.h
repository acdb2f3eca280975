#pragma once

#include "core/result.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class FolderNameDialog;
}

namespace dealboard {

// Asks for a folder's name, for New Folder (with what the folder starts with) and Rename
// Folder. OK hands the name to the apply function its opener set, which writes it; a
// refusal (an empty or taken name) is shown in the dialog, which stays open with the name
// as typed.
class FolderNameDialog final : public QDialog
{
    Q_OBJECT

public:
    // Writes name with the chosen template (its index in the list given to setTemplates).
    using Apply = std::function<Status(const QString &name, int templateIndex)>;

    FolderNameDialog(const QString &title, const QString &okText, const QString &name, Apply apply,
                     QWidget *parent = nullptr);
    ~FolderNameDialog() override;

    // What a new folder can start with; without templates the choice is hidden.
    void setTemplates(const QStringList &templates);
    void setName(const QString &name);
    void setTemplateIndex(int index);
    QString message() const;

    // Writes the name and closes the dialog, or shows why not.
    void apply();

private:
    std::unique_ptr<Ui::FolderNameDialog> m_ui;
    Apply m_apply;
};

} // namespace dealboard
