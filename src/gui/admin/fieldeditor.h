#pragma once

#include "core/domain/fielddefinition.h"
#include "core/domain/folder.h"
#include "core/result.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <vector>

class QMessageBox;

namespace Ui {
class FieldEditor;
}

namespace dealboard {

class NewFieldDialog;
class UndoHistory;

// "Customize fields…": the custom fields of one folder. Fields are added (name, type and,
// for a choice field, its options), renamed in place, reordered and removed; a choice
// field's options are added, renamed (on every deal that holds them), reordered and
// removed. Each change is written at once as its own undo step. Removing a field or an
// option that deals hold says how many and asks first; refusals are shown in the dialog.
class FieldEditor final : public QDialog
{
    Q_OBJECT

public:
    FieldEditor(UndoHistory &undo, FolderId folderId, QWidget *parent = nullptr);
    ~FieldEditor() override;

    const std::vector<FieldDefinition> &fields() const { return m_fields; }
    QString message() const;
    bool selectField(FieldId id);
    bool selectOption(const QString &option);

    NewFieldDialog *addField();
    // Removes the current field at once when no deal holds a value in it; otherwise asks
    // and returns the question.
    QMessageBox *removeCurrentField();
    // The same for the current option of a choice field; the deals holding it lose it.
    QMessageBox *removeCurrentOption();

Q_SIGNALS:
    void fieldsChanged();

private:
    void connectParts();
    void connectOptionList();
    void reload();
    void showDetails();
    void showOptions();
    const FieldDefinition *currentField() const;
    const FieldDefinition *fieldOf(qint64 key) const;
    std::optional<std::string> currentOption() const;
    Status write(const QString &label, const std::function<Status()> &work);
    Status writeOptions(const FieldDefinition &field, std::vector<std::string> options,
                        const QString &label);
    void removeField(const FieldDefinition &field, int valueCount);
    void removeOption(const FieldDefinition &field, const std::string &option);
    QMessageBox *ask(const QString &text, const QString &removeText,
                     const std::function<void()> &remove);

    std::unique_ptr<Ui::FieldEditor> m_ui;
    UndoHistory &m_undo;
    Folder m_folder;
    std::vector<FieldDefinition> m_fields;
};

} // namespace dealboard
