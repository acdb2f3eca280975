#include "core/domain/fielddefinition.h"

#include "core/domain/text.h"

namespace dealboard {

namespace {

constexpr FieldType allFieldTypes[] = {FieldType::Text, FieldType::Number, FieldType::Money,
                                       FieldType::Date, FieldType::Choice, FieldType::Person};

} // namespace

std::string_view toString(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return "text";
    case FieldType::Number:
        return "number";
    case FieldType::Money:
        return "money";
    case FieldType::Date:
        return "date";
    case FieldType::Choice:
        return "choice";
    case FieldType::Person:
        return "person";
    }
    return "text";
}

std::optional<FieldType> fieldTypeFromString(std::string_view text)
{
    const std::string key = nameKey(text);
    for (FieldType type : allFieldTypes) {
        if (key == toString(type))
            return type;
    }
    return std::nullopt;
}

} // namespace dealboard
