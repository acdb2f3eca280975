#include "cli/viewvocabulary.h"

#include "cli/setuplookup.h"
#include "core/domain/text.h"

#include <algorithm>
#include <array>
#include <vector>

namespace dealboard {

namespace {

struct OperatorWords
{
    std::string_view words;
    FilterOperator op;
};

// Longest first, so that "is not empty" wins over "is not" and "is" at the same place.
constexpr std::array<OperatorWords, 19> operatorWords{{
    {"is not empty", FilterOperator::NotEmpty},
    {"greater than", FilterOperator::Greater},
    {"less than", FilterOperator::Less},
    {"not empty", FilterOperator::NotEmpty},
    {"is empty", FilterOperator::Empty},
    {"is not", FilterOperator::IsNot},
    {"not_empty", FilterOperator::NotEmpty},
    {"contains", FilterOperator::Contains},
    {"between", FilterOperator::Between},
    {"greater", FilterOperator::Greater},
    {"is_not", FilterOperator::IsNot},
    {"empty", FilterOperator::Empty},
    {"less", FilterOperator::Less},
    {"is", FilterOperator::Is},
    {"==", FilterOperator::Is},
    {"!=", FilterOperator::IsNot},
    {"=", FilterOperator::Is},
    {">", FilterOperator::Greater},
    {"<", FilterOperator::Less},
}};

constexpr std::string_view noValueColumn = "No value";

struct Word
{
    std::size_t begin = 0;
    std::size_t end = 0;
};

std::vector<Word> wordsOf(std::string_view text)
{
    std::vector<Word> words;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t begin = text.find_first_not_of(" \t", at);
        if (begin == std::string_view::npos)
            break;
        const std::size_t end = std::min(text.find_first_of(" \t", begin), text.size());
        words.push_back({begin, end});
        at = end;
    }
    return words;
}

// The number of words of op matched at words[first], or 0.
std::size_t matchedWords(std::string_view phrase, const std::vector<Word> &words, std::size_t first,
                         std::string_view op)
{
    const std::vector<Word> opWords = wordsOf(op);
    if (first + opWords.size() > words.size())
        return 0;
    for (std::size_t i = 0; i < opWords.size(); ++i) {
        const Word &word = words[first + i];
        const auto typed = phrase.substr(word.begin, word.end - word.begin);
        if (nameKey(typed) != op.substr(opWords[i].begin, opWords[i].end - opWords[i].begin))
            return 0;
    }
    return opWords.size();
}

std::string unquoted(std::string_view text)
{
    text = trimmed(text);
    if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') &&
        text.back() == text.front())
        text = text.substr(1, text.size() - 2);
    return std::string(text);
}

// One way to read a filter phrase: the field before an operator, the value after it.
struct FilterReading
{
    std::string field;
    ViewFilter filter;
    std::string problem; // why the words after the operator do not fit it
};

std::string betweenProblem(std::string &value, std::string &value2)
{
    auto separator = value.find(" and ");
    if (separator == std::string::npos)
        separator = value.find(" AND ");
    if (separator == std::string::npos)
        return "a \"between\" filter needs two values: FIELD between LOW and HIGH";
    value2 = unquoted(std::string_view(value).substr(separator + 5));
    value = unquoted(std::string_view(value).substr(0, separator));
    return {};
}

std::string valueProblem(ViewFilter &filter)
{
    switch (filter.op) {
    case FilterOperator::Empty:
    case FilterOperator::NotEmpty:
        return filter.value.empty() ? std::string()
                                    : "an \"empty\" or \"not empty\" filter takes no value";
    case FilterOperator::Between:
        return betweenProblem(filter.value, filter.value2);
    case FilterOperator::Contains:
    case FilterOperator::Greater:
    case FilterOperator::Less:
        return filter.value.empty() ? "the filter needs a value after its operator" : std::string();
    case FilterOperator::Is:
    case FilterOperator::IsNot:
        break; // "is" nothing means empty
    }
    return {};
}

std::vector<FilterReading> readings(std::string_view phrase)
{
    const std::vector<Word> words = wordsOf(phrase);
    std::vector<FilterReading> found;
    for (std::size_t first = 1; first < words.size(); ++first) {
        for (const auto &[op, kind] : operatorWords) {
            const std::size_t count = matchedWords(phrase, words, first, op);
            if (count == 0)
                continue;
            FilterReading reading;
            reading.field = std::string(trimmed(phrase.substr(0, words[first].begin)));
            reading.filter.op = kind;
            reading.filter.value = unquoted(phrase.substr(words[first + count - 1].end));
            reading.problem = valueProblem(reading.filter);
            found.push_back(std::move(reading));
            break; // the longest operator at this word
        }
    }
    return found;
}

std::string_view operatorText(FilterOperator op)
{
    switch (op) {
    case FilterOperator::IsNot:
        return "is not";
    case FilterOperator::NotEmpty:
        return "not empty";
    default:
        return toString(op);
    }
}

} // namespace

ViewVocabulary::ViewVocabulary(const FolderSnapshot &snapshot)
    : m_snapshot(snapshot)
    , m_reader(snapshot)
{
}

std::string ViewVocabulary::knownFields() const
{
    return "fields: " + joinedNames(m_snapshot.fields) +
           "; built-in: title, company, contact, owner, value, close date, stage, created, "
           "updated";
}

Result<std::string> ViewVocabulary::fieldRef(std::string_view name) const
{
    const std::string key = nameKey(name);
    std::string builtIn = key;
    std::ranges::replace(builtIn, ' ', '_');
    if (isBuiltInFieldRef(builtIn))
        return builtIn;

    for (const FieldDefinition &field : m_snapshot.fields) {
        if (nameKey(field.name) == key)
            return customFieldRef(field.id);
    }
    // A reference as "views show --json" prints it: "field:12".
    if (const auto resolved = m_reader.resolve(trimmed(name)))
        return resolved->ref;
    return failure("No field named \"" + std::string(name) + "\" in folder \"" +
                   m_snapshot.folder.name + "\"; " + knownFields());
}

Result<std::string> ViewVocabulary::groupRef(std::string_view name) const
{
    auto ref = fieldRef(name);
    if (!ref || *ref == "stage")
        return ref;
    const auto field = m_reader.resolve(*ref);
    if (field && (field->kind == ValueKind::Text || field->kind == ValueKind::Date))
        return ref;
    return failure("Cards cannot be grouped by \"" + fieldName(*ref) +
                   "\": group them by the stage or by a text, choice, person or date field");
}

Result<std::string> ViewVocabulary::columnKey(std::string_view groupBy, std::string_view name) const
{
    if (groupBy.empty() || groupBy == "stage") {
        auto stage = stageNamed(m_snapshot.stages, m_snapshot.folder, name);
        if (!stage)
            return failure(stage.error());
        return stageColumnKey(stage->id);
    }
    if (trimmed(name).empty() || nameKey(name) == nameKey(noValueColumn))
        return std::string();

    const auto field = m_reader.resolve(groupBy);
    if (!field)
        return std::string(trimmed(name));
    if (!field->definition || field->definition->type != FieldType::Choice)
        return dealValueNamed(*field, name);
    for (const auto &option : field->definition->options) {
        if (nameKey(option) == nameKey(name))
            return option;
    }
    std::string options;
    for (const auto &option : field->definition->options)
        options += (options.empty() ? "" : ", ") + option;
    return failure("\"" + std::string(name) + "\" is not an option of field \"" +
                   field->displayName + "\"; options: " + (options.empty() ? "none" : options) +
                   ", " + std::string(noValueColumn));
}

// The value as the deals spell it ("Alice" for "alice"), so that the hidden column matches
// the board's; as typed when no deal has it yet.
std::string ViewVocabulary::dealValueNamed(const ResolvedField &field, std::string_view name) const
{
    const std::string key = nameKey(name);
    for (const Deal &deal : m_snapshot.deals) {
        std::string value = valueText(m_reader.value(deal, field));
        if (nameKey(value) == key)
            return value;
    }
    return std::string(trimmed(name));
}

std::optional<std::string> ViewVocabulary::filterSyntaxError(std::string_view phrase)
{
    const auto found = readings(phrase);
    if (found.empty())
        return "--filter needs FIELD OPERATOR VALUE, such as \"Region is North\", not \"" +
               std::string(phrase) + "\"";
    const bool anyFits = std::ranges::any_of(
        found, [](const FilterReading &reading) { return reading.problem.empty(); });
    if (!anyFits)
        return "--filter \"" + std::string(phrase) + "\": " + found.front().problem;
    return std::nullopt;
}

// The field is what comes before the first operator that leaves a field of the folder, so
// a field whose name holds an operator word ("Is partner is yes") still reads right.
Result<ViewFilter> ViewVocabulary::filter(std::string_view phrase) const
{
    if (auto problem = filterSyntaxError(phrase))
        return failure(*problem);
    std::optional<std::string> firstFailure;
    for (FilterReading &reading : readings(phrase)) {
        if (!reading.problem.empty())
            continue;
        auto ref = fieldRef(reading.field);
        if (!ref) {
            firstFailure = firstFailure.value_or(ref.error());
            continue;
        }
        reading.filter.field = *ref;
        return reading.filter;
    }
    return failure(
        firstFailure.value_or("--filter \"" + std::string(phrase) + "\" names no field"));
}

Result<ViewSort> ViewVocabulary::sort(std::string_view text) const
{
    if (trimmed(text).empty() || nameKey(text) == "manual")
        return ViewSort{};

    ViewSort order;
    std::string_view name = text;
    const auto colon = text.rfind(':');
    if (colon != std::string_view::npos) {
        const std::string direction = nameKey(text.substr(colon + 1));
        const bool known = direction == "desc" || direction == "descending" || direction == "asc" ||
                           direction == "ascending";
        if (known) {
            order.descending = direction.starts_with("desc");
            name = text.substr(0, colon);
        }
    }
    auto ref = fieldRef(name);
    if (!ref)
        return failure(ref.error());
    order.field = *ref;
    return order;
}

std::string ViewVocabulary::fieldName(std::string_view ref) const
{
    if (ref == "close_date")
        return "close date";
    const auto field = m_reader.resolve(ref);
    return field ? field->displayName : std::string("a deleted field");
}

std::string ViewVocabulary::columnName(std::string_view groupBy, std::string_view key) const
{
    if (!groupBy.empty() && groupBy != "stage")
        return key.empty() ? std::string(noValueColumn) : std::string(key);
    const auto id = stageIdFromColumnKey(key);
    const auto name = id ? stageName(m_snapshot, *id) : std::string();
    return name.empty() ? std::string("a deleted stage") : name;
}

std::string ViewVocabulary::filterPhrase(const ViewFilter &filter) const
{
    std::string phrase = fieldName(filter.field) + " " + std::string(operatorText(filter.op));
    if (filter.op == FilterOperator::Empty || filter.op == FilterOperator::NotEmpty)
        return phrase;
    phrase += " " + filter.value;
    if (filter.op == FilterOperator::Between)
        phrase += " and " + filter.value2;
    return phrase;
}

} // namespace dealboard
