#include "core/board/dealfilter.h"

#include "core/domain/text.h"

#include <cctype>
#include <charconv>
#include <compare>
#include <optional>

namespace dealboard {

namespace {

__extension__ typedef __int128 Int128;

using Ordering = std::optional<std::weak_ordering>;

constexpr int maxAmountDigits = 24;

Int128 powerOfTen(int exponent)
{
    Int128 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

std::string lowered(std::string_view text)
{
    return toLowerUtf8(trimmed(text));
}

// Splits a leading or trailing currency code off "5000 USD" or "usd 5000".
std::string takeCurrency(std::string_view &text)
{
    auto isCode = [](std::string_view part) {
        if (part.size() != 3)
            return false;
        for (char c : part) {
            if (!std::isalpha(static_cast<unsigned char>(c)))
                return false;
        }
        return true;
    };
    auto upper = [](std::string_view code) {
        std::string result(code);
        for (char &c : result)
            c = char(std::toupper(static_cast<unsigned char>(c)));
        return result;
    };

    if (text.size() > 3 && isCode(text.substr(text.size() - 3))) {
        auto code = upper(text.substr(text.size() - 3));
        text = trimmed(text.substr(0, text.size() - 3));
        return code;
    }
    if (text.size() > 3 && isCode(text.substr(0, 3))) {
        auto code = upper(text.substr(0, 3));
        text = trimmed(text.substr(3));
        return code;
    }
    return {};
}

std::optional<DealFilter::Amount> parseAmount(std::string_view text)
{
    text = trimmed(text);
    DealFilter::Amount amount;
    amount.currency = takeCurrency(text);

    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.starts_with('$'))
        text.remove_prefix(1);

    int digits = 0;
    bool seenPoint = false;
    for (char c : text) {
        if (c == ',' || c == ' ')
            continue;
        if (c == '.' && !seenPoint) {
            seenPoint = true;
            continue;
        }
        if (c < '0' || c > '9' || ++digits > maxAmountDigits)
            return std::nullopt;
        amount.mantissa = amount.mantissa * 10 + (c - '0');
        amount.scale += seenPoint ? 1 : 0;
    }
    if (digits == 0)
        return std::nullopt;
    if (negative)
        amount.mantissa = -amount.mantissa;
    return amount;
}

std::optional<double> parseNumber(std::string_view text)
{
    std::string digits;
    for (char c : trimmed(text)) {
        if (c != ',' && c != ' ')
            digits += c;
    }
    if (digits.starts_with('+'))
        digits.erase(0, 1);
    double number = 0;
    const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), number);
    if (digits.empty() || result.ec != std::errc{} || result.ptr != digits.data() + digits.size())
        return std::nullopt;
    return number;
}

std::optional<DealFilter::Operand> parseOperand(ValueKind kind, std::string_view text)
{
    switch (kind) {
    case ValueKind::Text:
        return DealFilter::Operand(lowered(text));
    case ValueKind::Number:
        if (auto number = parseNumber(text))
            return DealFilter::Operand(*number);
        return std::nullopt;
    case ValueKind::Money:
        if (auto amount = parseAmount(text))
            return DealFilter::Operand(*amount);
        return std::nullopt;
    case ValueKind::Date:
        if (auto date = Date::fromIso(trimmed(text)))
            return DealFilter::Operand(*date);
        return std::nullopt;
    }
    return std::nullopt;
}

// Place of the option named text (ignoring case and spaces) among the field's options.
std::optional<int> optionIndex(const FieldDefinition &field, std::string_view text)
{
    const std::string key = nameKey(text);
    for (std::size_t i = 0; i < field.options.size(); ++i) {
        if (nameKey(field.options[i]) == key)
            return int(i);
    }
    return std::nullopt;
}

std::string_view kindNoun(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Number:
        return "a number";
    case ValueKind::Money:
        return "an amount";
    case ValueKind::Date:
        return "a date (YYYY-MM-DD)";
    case ValueKind::Text:
        break;
    }
    return "a text";
}

// Money against a typed amount: minor units scaled to the same number of decimals, exactly.
Ordering compareMoney(const Money &money, const DealFilter::Amount &amount)
{
    if (!amount.currency.empty() && amount.currency != money.currency)
        return std::nullopt;
    const Int128 left = Int128(money.minor) * powerOfTen(amount.scale);
    const Int128 right = amount.mantissa * powerOfTen(currencyExponent(money.currency));
    return left <=> right;
}

Ordering compareValue(const FieldValue &value, const DealFilter::Operand &operand)
{
    if (const auto *text = std::get_if<std::string>(&operand)) {
        if (isEmptyValue(value))
            return std::nullopt;
        return std::weak_ordering(lowered(valueText(value)) <=> *text);
    }
    if (const auto *number = std::get_if<double>(&operand)) {
        const auto *held = std::get_if<double>(&value);
        if (!held)
            return std::nullopt;
        const auto order = *held <=> *number;
        if (order == std::partial_ordering::unordered)
            return std::nullopt;
        return order < 0
                   ? std::weak_ordering::less
                   : (order > 0 ? std::weak_ordering::greater : std::weak_ordering::equivalent);
    }
    if (const auto *amount = std::get_if<DealFilter::Amount>(&operand)) {
        const auto *money = std::get_if<Money>(&value);
        return money ? compareMoney(*money, *amount) : std::nullopt;
    }
    const auto *date = std::get_if<Date>(&value);
    if (!date)
        return std::nullopt;
    return std::weak_ordering(*date <=> std::get<Date>(operand));
}

} // namespace

DealFilter::DealFilter(const DealFieldReader &reader, const std::vector<ViewFilter> &filters)
    : m_reader(reader)
{
    for (const auto &filter : filters)
        addCondition(filter);
}

void DealFilter::addCondition(const ViewFilter &filter)
{
    auto field = m_reader.resolve(filter.field);
    if (!field) {
        const bool custom = customFieldId(filter.field).has_value();
        m_warnings.push_back(custom ? "A filter on a deleted field was ignored."
                                    : "A filter on the unknown field \"" + filter.field +
                                          "\" was ignored.");
        return;
    }

    Condition condition{*field, filter.op, {}, {}, lowered(filter.value)};
    // "is nothing" is how a user says "is empty" in a form with one box.
    if (trimmed(filter.value).empty() && filter.op == FilterOperator::Is)
        condition.op = FilterOperator::Empty;
    if (trimmed(filter.value).empty() && filter.op == FilterOperator::IsNot)
        condition.op = FilterOperator::NotEmpty;

    const bool needsLow = condition.op != FilterOperator::Empty &&
                          condition.op != FilterOperator::NotEmpty &&
                          condition.op != FilterOperator::Contains;
    const bool needsHigh = condition.op == FilterOperator::Between;
    if (needsLow && field->ref == "stage") {
        if (addStageCondition(condition, filter))
            m_conditions.push_back(std::move(condition));
        return;
    }
    if (addOptionOrder(condition, filter)) {
        m_conditions.push_back(std::move(condition));
        return;
    }
    auto reject = [&](const std::string &text) {
        m_warnings.push_back("The filter on \"" + field->displayName + "\" was ignored: \"" + text +
                             "\" is not " + std::string(kindNoun(field->kind)) + ".");
    };

    if (needsLow) {
        auto low = parseOperand(field->kind, filter.value);
        if (!low)
            return reject(filter.value);
        condition.low = std::move(*low);
    }
    if (needsHigh) {
        auto high = parseOperand(field->kind, filter.value2);
        if (!high)
            return reject(filter.value2);
        condition.high = std::move(*high);
    }
    m_conditions.push_back(std::move(condition));
}

bool DealFilter::addStageCondition(Condition &condition, const ViewFilter &filter)
{
    const auto low = m_reader.stageIndexByName(filter.value);
    const auto high =
        condition.op == FilterOperator::Between ? m_reader.stageIndexByName(filter.value2) : low;
    if (!low || !high) {
        const std::string &missing = low ? filter.value2 : filter.value;
        m_warnings.push_back("The filter on the stage \"" + missing +
                             "\" was ignored: the folder has no such stage.");
        return false;
    }
    condition.byStageOrder = true;
    condition.low = double(*low);
    condition.high = double(*high);
    return true;
}

bool DealFilter::addOptionOrder(Condition &condition, const ViewFilter &filter) const
{
    const bool ordered = condition.op == FilterOperator::Greater ||
                         condition.op == FilterOperator::Less ||
                         condition.op == FilterOperator::Between;
    const FieldDefinition *definition = condition.field.definition;
    if (!ordered || !definition || definition->type != FieldType::Choice)
        return false;

    const auto low = optionIndex(*definition, filter.value);
    const auto high =
        condition.op == FilterOperator::Between ? optionIndex(*definition, filter.value2) : low;
    if (!low || !high)
        return false; // not options: compared as text
    condition.byOptionOrder = true;
    condition.low = double(*low);
    condition.high = double(*high);
    return true;
}

// The deal's place in the order the condition compares by, or its value when neither.
FieldValue DealFilter::orderedValue(const Condition &condition, const Deal &deal) const
{
    if (condition.byStageOrder)
        return double(m_reader.stageIndex(deal));
    const FieldValue value = m_reader.value(deal, condition.field);
    if (!condition.byOptionOrder)
        return value;
    // A value no longer among the options has no place: it is in no range.
    if (const auto index = optionIndex(*condition.field.definition, valueText(value)))
        return double(*index);
    return std::monostate{};
}

bool DealFilter::matches(const Deal &deal) const
{
    for (const auto &condition : m_conditions) {
        if (!holds(condition, deal))
            return false;
    }
    return true;
}

bool DealFilter::holds(const Condition &condition, const Deal &deal) const
{
    const FieldValue value = orderedValue(condition, deal);

    switch (condition.op) {
    case FilterOperator::Empty:
        return isEmptyValue(value);
    case FilterOperator::NotEmpty:
        return !isEmptyValue(value);
    case FilterOperator::Contains:
        return !isEmptyValue(value) &&
               lowered(valueText(value)).find(condition.containsText) != std::string::npos;
    case FilterOperator::Is:
        return compareValue(value, condition.low) == std::weak_ordering::equivalent;
    case FilterOperator::IsNot:
        return compareValue(value, condition.low) != std::weak_ordering::equivalent;
    case FilterOperator::Greater:
        return compareValue(value, condition.low) == std::weak_ordering::greater;
    case FilterOperator::Less:
        return compareValue(value, condition.low) == std::weak_ordering::less;
    case FilterOperator::Between:
        break;
    }

    // Bounds given the wrong way round ("between 900 and 100") still mean the range.
    const auto fromLow = compareValue(value, condition.low);
    const auto fromHigh = compareValue(value, condition.high);
    if (!fromLow || !fromHigh)
        return false;
    const bool insideUp =
        *fromLow != std::weak_ordering::less && *fromHigh != std::weak_ordering::greater;
    const bool insideDown =
        *fromLow != std::weak_ordering::greater && *fromHigh != std::weak_ordering::less;
    return insideUp || insideDown;
}

} // namespace dealboard
