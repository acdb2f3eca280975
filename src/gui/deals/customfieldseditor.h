#pragma once

#include "core/domain/fielddefinition.h"

#include <nlohmann/json.hpp>

#include <QWidget>

#include <expected>
#include <map>
#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace dealboard {

class OptionalDateEdit;

// The custom fields of a folder as a form, one input per field that fits its type: a line
// for text, number and person, an amount and a currency for money, an optional date for a
// date, a list of the options for a choice.
//
// Values a deal holds for fields the folder no longer defines, and choice values that are
// no longer among the options, are kept as they are: opening and saving a deal loses
// nothing.
class CustomFieldsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit CustomFieldsEditor(QWidget *parent = nullptr);

    // Builds the inputs. people completes person fields (the folder's owners and contacts).
    void setFields(const std::vector<FieldDefinition> &fields,
                   const std::map<FieldId, nlohmann::json> &values, const QStringList &people = {});
    int fieldCount() const { return int(m_inputs.size()); }
    // The input of a field, for focus and tests; null when the folder has no such field.
    QWidget *inputFor(FieldId id) const;

    // One problem of one field: a sentence naming the field, and its input.
    struct Problem
    {
        QString message;
        QWidget *input = nullptr;
    };

    // The values as the deal stores them (see FieldDefinition), or every problem found.
    [[nodiscard]] std::expected<std::map<FieldId, nlohmann::json>, std::vector<Problem>>
    values() const;

private:
    struct Input
    {
        FieldDefinition field;
        QWidget *widget = nullptr;
        QLineEdit *line = nullptr;
        QLineEdit *currency = nullptr;
        QComboBox *choice = nullptr;
        OptionalDateEdit *date = nullptr;
    };

    Input createInput(const FieldDefinition &field, const QStringList &people);
    void fillInput(Input &input, const nlohmann::json &value);
    std::expected<std::optional<nlohmann::json>, QString> readInput(const Input &input) const;
    std::expected<std::optional<nlohmann::json>, QString> readNumber(const Input &input) const;
    std::expected<std::optional<nlohmann::json>, QString> readMoney(const Input &input) const;
    void clear();

    QFormLayout *m_layout = nullptr;
    QLabel *m_emptyLabel = nullptr;
    std::vector<Input> m_inputs;
    std::map<FieldId, nlohmann::json> m_original;
};

} // namespace dealboard
