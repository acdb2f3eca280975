#include "core/io/importrowreader.h"

#include "core/domain/text.h"
#include "core/io/amountparser.h"
#include "core/io/dateparser.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cctype>
#include <map>

namespace dealboard {

namespace {

std::string upperAscii(std::string_view text)
{
    std::string result(text);
    for (char &c : result)
        c = char(std::toupper(static_cast<unsigned char>(c)));
    return result;
}

// A number field holds a JSON number: an integer when the text has no decimals and fits,
// otherwise the nearest double.
nlohmann::json numberJson(const DecimalNumber &number)
{
    if (number.fractionDigits.empty() && number.integerDigits.size() <= 18) {
        const std::int64_t value = std::stoll(number.integerDigits);
        return number.negative ? -value : value;
    }
    return std::stod(number.toString());
}

std::string badRowsMessage(const std::vector<std::string> &problems, int rowCount)
{
    const int shown = std::min<int>(int(problems.size()), ImportRowReader::maxReportedRows);
    std::string message = fmt::format(
        "{} of {} rows cannot be imported, so nothing was imported:", problems.size(), rowCount);
    for (int i = 0; i < shown; ++i)
        message += "\n" + problems[std::size_t(i)];
    if (int(problems.size()) > shown)
        message += fmt::format("\nand {} more", int(problems.size()) - shown);
    return message;
}

} // namespace

ImportRowReader::ImportRowReader(const PreparedImport &prepared)
    : m_prepared(prepared)
{
}

Result<std::vector<ImportedRow>> ImportRowReader::readAll() const
{
    std::vector<ImportedRow> rows;
    std::vector<std::string> problems;
    std::map<std::string, int> externalIdLines;
    const auto &records = m_prepared.table.records;
    rows.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        auto row = read(records[i], int(i) + 1);
        if (!row) {
            problems.push_back(fmt::format("line {}: {}", records[i].line, row.error()));
            continue;
        }
        if (!row->externalId.empty()) {
            const auto [it, isNew] = externalIdLines.emplace(row->externalId, row->line);
            if (!isNew) {
                problems.push_back(fmt::format("line {}: id \"{}\" is also on line {}", row->line,
                                               row->externalId, it->second));
                continue;
            }
        }
        rows.push_back(std::move(*row));
    }
    if (!problems.empty())
        return failure(badRowsMessage(problems, int(records.size())));
    return rows;
}

Result<ImportedRow> ImportRowReader::read(const CsvRecord &record, int rowNumber) const
{
    const auto &header = m_prepared.table.header;
    if (record.fields.size() != header.size())
        return failure(fmt::format("has {} cells where the header has {}", record.fields.size(),
                                   header.size()));

    ImportedRow row;
    row.line = record.line;
    row.fieldValues.resize(m_prepared.fields.size());
    std::vector<std::string> problems;
    for (std::size_t column = 0; column < header.size(); ++column) {
        const auto &rule = m_prepared.rules[column];
        const auto text = trimmed(record.fields[column]);
        if (rule.field && !text.empty()) {
            auto value = readFieldValue(column, text);
            if (value)
                row.fieldValues[*rule.field] = std::move(*value);
            else
                problems.push_back(value.error());
        } else if (!rule.field) {
            readBuiltIn(rule.target, text, row, problems, column);
        }
    }
    readValue(record, row, problems);
    if (!problems.empty())
        return failure(fmt::format("{}", fmt::join(problems, "; ")));

    if (row.title.empty())
        row.title = builtTitle(record, row, rowNumber);
    return row;
}

void ImportRowReader::readBuiltIn(const std::string &target, std::string_view text,
                                  ImportedRow &row, std::vector<std::string> &problems,
                                  std::size_t column) const
{
    if (target == "title") {
        row.title = text;
        row.titleFromColumn = !text.empty();
    } else if (target == "company") {
        row.company = text;
    } else if (target == "contact") {
        row.contact = text;
    } else if (target == "owner") {
        row.owner = text;
    } else if (target == "stage") {
        row.stageName = text;
    } else if (target == "external_id") {
        row.externalId = text;
    } else if (target == "close_date" && !text.empty()) {
        const auto order = m_prepared.rules[column].dateOrder.value_or(DateOrder::YearMonthDay);
        row.closeDate = parseDate(text, order);
        if (!row.closeDate)
            problems.push_back(fmt::format("{} \"{}\" is not a date in the form {}",
                                           m_prepared.table.header[column], text, toString(order)));
    }
}

// The value and the currency column together make the amount: "1054" with "EUR" is 1054
// euros; an amount that names its own currency must agree with the currency column.
void ImportRowReader::readValue(const CsvRecord &record, ImportedRow &row,
                                std::vector<std::string> &problems) const
{
    const std::string currency = upperAscii(cell(record, "currency"));
    if (!currency.empty() && !isCurrencyCode(currency)) {
        problems.push_back(
            fmt::format("currency \"{}\" is not a three-letter code such as USD", currency));
        return;
    }
    const std::string text = cell(record, "value");
    if (text.empty())
        return;

    const auto column = *m_prepared.column("value");
    const auto amount =
        parseAmount(text, currency.empty() ? m_prepared.options.defaultCurrency : currency,
                    m_prepared.rules[column].decimalMark);
    if (!amount) {
        problems.push_back(
            fmt::format("{} \"{}\" {}", m_prepared.table.header[column], text, amount.error()));
        return;
    }
    if (amount->hadCurrency && !currency.empty() && amount->money.currency != currency) {
        problems.push_back(fmt::format("{} \"{}\" is in {} but the currency column says {}",
                                       m_prepared.table.header[column], text,
                                       amount->money.currency, currency));
        return;
    }
    row.value = amount->money;
}

Result<nlohmann::json> ImportRowReader::readFieldValue(std::size_t column,
                                                       std::string_view text) const
{
    const auto &rule = m_prepared.rules[column];
    const auto &field = m_prepared.fields[*rule.field];
    const auto &header = m_prepared.table.header[column];
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Person:
    case FieldType::Choice:
        return nlohmann::json(std::string(text));
    case FieldType::Number:
        if (const auto number = parseDecimal(text, rule.decimalMark))
            return numberJson(*number);
        return failure(fmt::format("{} \"{}\" is not a number", header, text));
    case FieldType::Money: {
        const auto amount = parseAmount(text, m_prepared.options.defaultCurrency, rule.decimalMark);
        if (!amount)
            return failure(fmt::format("{} \"{}\" {}", header, text, amount.error()));
        return nlohmann::json{{"minor", amount->money.minor}, {"currency", amount->money.currency}};
    }
    case FieldType::Date: {
        const auto order = rule.dateOrder.value_or(DateOrder::YearMonthDay);
        if (const auto date = parseDate(text, order))
            return nlohmann::json(date->toIso());
        return failure(
            fmt::format("{} \"{}\" is not a date in the form {}", header, text, toString(order)));
    }
    }
    return failure(fmt::format("{} has a field type this version cannot import", header));
}

// "Cancity · GTX Plus Basic": what a sales rep would call the deal when the file names
// none; without a company the product with the id ("GTX Pro · X2"), as many deals share a
// product; else the id, else the deal's place in the file.
std::string ImportRowReader::builtTitle(const CsvRecord &record, const ImportedRow &row,
                                        int rowNumber) const
{
    const auto product = m_prepared.productColumn
                             ? std::string(trimmed(record.fields[*m_prepared.productColumn]))
                             : std::string();
    if (!row.company.empty() && !product.empty())
        return row.company + " \xC2\xB7 " + product;
    if (!row.company.empty())
        return row.company;
    if (!product.empty() && !row.externalId.empty())
        return product + " \xC2\xB7 " + row.externalId; // products alone repeat too often
    if (!product.empty())
        return product;
    if (!row.externalId.empty())
        return row.externalId;
    return fmt::format("Row {}", rowNumber);
}

std::string ImportRowReader::cell(const CsvRecord &record, std::string_view target) const
{
    const auto column = m_prepared.column(target);
    return column ? std::string(trimmed(record.fields[*column])) : std::string();
}

} // namespace dealboard
