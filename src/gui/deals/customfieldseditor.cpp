#include "gui/deals/customfieldseditor.h"

#include "gui/deals/amountparser.h"
#include "gui/deals/optionaldateedit.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include <cmath>

namespace dealboard {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// A value as text for a line edit, whatever JSON type an import left in it.
QString jsonAsText(const nlohmann::json &value)
{
    if (value.is_string())
        return fromStd(value.get<std::string>());
    if (value.is_null())
        return {};
    return fromStd(value.dump());
}

} // namespace

CustomFieldsEditor::CustomFieldsEditor(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_emptyLabel(new QLabel(tr("This folder has no custom fields."), this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addRow(m_emptyLabel);
}

void CustomFieldsEditor::setFields(const std::vector<FieldDefinition> &fields,
                                   const std::map<FieldId, nlohmann::json> &values,
                                   const QStringList &people)
{
    clear();
    m_original = values;
    for (const FieldDefinition &field : fields) {
        Input input = createInput(field, people);
        if (const auto found = values.find(field.id); found != values.end())
            fillInput(input, found->second);

        const QString label = tr("%1:").arg(fromStd(field.name));
        m_layout->addRow(label, input.widget);
        m_inputs.push_back(std::move(input));
    }
    m_emptyLabel->setVisible(m_inputs.empty());
}

QWidget *CustomFieldsEditor::inputFor(FieldId id) const
{
    const auto found = std::ranges::find(m_inputs, id, [](const Input &in) { return in.field.id; });
    return found == m_inputs.end() ? nullptr : found->widget;
}

std::expected<std::map<FieldId, nlohmann::json>, std::vector<CustomFieldsEditor::Problem>>
CustomFieldsEditor::values() const
{
    std::map<FieldId, nlohmann::json> values = m_original;
    std::vector<Problem> problems;
    for (const Input &input : m_inputs) {
        auto value = readInput(input);
        if (!value)
            problems.push_back({value.error(), input.widget});
        else if (*value)
            values[input.field.id] = std::move(**value);
        else
            values.erase(input.field.id);
    }

    if (!problems.empty())
        return std::unexpected(std::move(problems));
    return values;
}

CustomFieldsEditor::Input CustomFieldsEditor::createInput(const FieldDefinition &field,
                                                          const QStringList &people)
{
    Input input{.field = field};
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Number:
    case FieldType::Person:
        input.line = new QLineEdit(this);
        input.widget = input.line;
        if (field.type == FieldType::Person && !people.isEmpty()) {
            auto *completer = new QCompleter(people, input.line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            input.line->setCompleter(completer);
        }
        break;
    case FieldType::Money: {
        input.widget = new QWidget(this);
        input.line = new QLineEdit(input.widget);
        input.line->setPlaceholderText(tr("Amount"));
        input.currency = new QLineEdit(input.widget);
        input.currency->setPlaceholderText(tr("Currency"));
        input.currency->setMaxLength(3);
        input.currency->setMaximumWidth(input.currency->fontMetrics().averageCharWidth() * 8);
        auto *layout = new QHBoxLayout(input.widget);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(input.line, 1);
        layout->addWidget(input.currency);
        input.widget->setFocusProxy(input.line);
        break;
    }
    case FieldType::Date:
        input.date = new OptionalDateEdit(this);
        input.widget = input.date;
        break;
    case FieldType::Choice:
        input.choice = new QComboBox(this);
        input.choice->addItem(tr("(none)"), QString());
        for (const std::string &option : field.options)
            input.choice->addItem(fromStd(option), fromStd(option));
        input.widget = input.choice;
        break;
    }
    input.widget->setObjectName(QStringLiteral("customField%1").arg(field.id));
    return input;
}

void CustomFieldsEditor::fillInput(Input &input, const nlohmann::json &value)
{
    switch (input.field.type) {
    case FieldType::Text:
    case FieldType::Number:
    case FieldType::Person:
        input.line->setText(jsonAsText(value));
        break;
    case FieldType::Money:
        if (value.is_object() && value.value("minor", nlohmann::json()).is_number_integer()) {
            const Money money{value["minor"].get<std::int64_t>(),
                              value.value("currency", std::string())};
            input.line->setText(AmountParser::toText(money));
            input.currency->setText(fromStd(money.currency));
        } else {
            input.line->setText(jsonAsText(value));
        }
        break;
    case FieldType::Date:
        input.date->setValue(value.is_string() ? Date::fromIso(value.get<std::string>())
                                               : std::nullopt);
        break;
    case FieldType::Choice: {
        // A value that is not among the options any more stays selectable as it is.
        const QString text = jsonAsText(value);
        int index = input.choice->findData(text);
        if (index < 0) {
            input.choice->addItem(text, text);
            index = input.choice->count() - 1;
        }
        input.choice->setCurrentIndex(index);
        break;
    }
    }
}

std::expected<std::optional<nlohmann::json>, QString>
CustomFieldsEditor::readInput(const Input &input) const
{
    switch (input.field.type) {
    case FieldType::Text:
    case FieldType::Person: {
        const QString text = input.line->text().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        return nlohmann::json(text.toStdString());
    }
    case FieldType::Number:
        return readNumber(input);
    case FieldType::Money:
        return readMoney(input);
    case FieldType::Date:
        if (const std::optional<Date> date = input.date->value())
            return nlohmann::json(date->toIso());
        return std::nullopt;
    case FieldType::Choice: {
        const QString text = input.choice->currentData().toString();
        if (text.isEmpty())
            return std::nullopt;
        return nlohmann::json(text.toStdString());
    }
    }
    return std::nullopt;
}

// Whole numbers stay integers in the JSON; others become doubles. Both the C form ("12.5")
// and the user's locale ("12,5") are understood.
std::expected<std::optional<nlohmann::json>, QString>
CustomFieldsEditor::readNumber(const Input &input) const
{
    const QString text = input.line->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;

    bool ok = false;
    const qlonglong whole = text.toLongLong(&ok);
    if (ok)
        return nlohmann::json(std::int64_t(whole));

    double number = QLocale::c().toDouble(text, &ok);
    if (!ok)
        number = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(number))
        return std::unexpected(
            tr("%1: “%2” is not a number.").arg(fromStd(input.field.name), text));
    return nlohmann::json(number);
}

std::expected<std::optional<nlohmann::json>, QString>
CustomFieldsEditor::readMoney(const Input &input) const
{
    const auto money = AmountParser::parse(input.line->text(), input.currency->text());
    if (!money)
        return std::unexpected(tr("%1: %2").arg(fromStd(input.field.name), money.error()));
    if (!*money)
        return std::nullopt;
    return nlohmann::json{{"minor", (*money)->minor}, {"currency", (*money)->currency}};
}

void CustomFieldsEditor::clear()
{
    for (const Input &input : m_inputs)
        m_layout->removeRow(input.widget);
    m_inputs.clear();
    m_original.clear();
}

} // namespace dealboard
