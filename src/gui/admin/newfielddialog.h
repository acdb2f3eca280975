#pragma once

#include "core/domain/fielddefinition.h"
#include "core/result.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class NewFieldDialog;
}

namespace dealboard {

// Asks for a new custom field: its name, its type and, for a choice field, its options one
// per line. OK hands the field to the apply function its opener set; a refusal (a duplicate
// or built-in name) is shown in the dialog, which stays open with everything as typed.
class NewFieldDialog final : public QDialog
{
    Q_OBJECT

public:
    using Apply = std::function<Status(const FieldDefinition &field)>;

    explicit NewFieldDialog(Apply apply, QWidget *parent = nullptr);
    ~NewFieldDialog() override;

    void setName(const QString &name);
    void setType(FieldType type);
    void setOptions(const QStringList &options);
    // The field as the form describes it.
    FieldDefinition field() const;
    QString message() const;

    // Writes the field and closes the dialog, or shows why not.
    void apply();

private:
    void updateOptions();

    std::unique_ptr<Ui::NewFieldDialog> m_ui;
    Apply m_apply;
};

} // namespace dealboard
