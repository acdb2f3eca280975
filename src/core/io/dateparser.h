#pragma once

#include "core/domain/date.h"
#include "core/io/importer.h"
#include "core/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealboard {

// Dates as CRM exports write them: ISO "2024-03-07" (also with / or .), and numeric
// day-first or month-first "7/3/2024", "07.03.2024", "3-7-24". Two-digit years are read
// as 2000-2069 for 00-69 and 1970-1999 for 70-99. Times of day are not dates.

// The three numbers of a date in the order written, before the order is known.
struct DateParts
{
    int first = 0;
    int second = 0;
    int year = 0;
    bool yearFirst = false; // "2024-03-07": the order is year, month, day
};

// Splits text shaped like a date, or nothing when it is not shaped like one.
std::optional<DateParts> splitDate(std::string_view text);

// The date text stands for in the given order; nothing when it is not a valid date
// (13/13/2024, 31/02/2024). Year-first text is always year, month, day.
std::optional<Date> parseDate(std::string_view text, DateOrder order);

// True when text is a valid date in at least one order.
bool looksLikeDate(std::string_view text);

// What a column of dates says about its order. A first part above 12 proves day-first,
// a second part above 12 proves month-first; "03/04/2024" proves nothing and is
// ambiguous, "04/04/2024" reads the same either way.
class DateOrderEvidence final
{
public:
    void add(std::string_view text, int line);

    // The order the column settles, if any.
    std::optional<DateOrder> settledOrder() const;
    // Some values read differently day-first and month-first.
    bool hasAmbiguousDates() const { return m_firstAmbiguousLine != 0; }
    // Both day-first and month-first were proven.
    bool isContradictory() const { return m_dayFirstLine != 0 && m_monthFirstLine != 0; }

    // The order to read the column with: the one given, else the settled one, else
    // year-first when the column has only ISO dates, else day-first when nothing is
    // ambiguous. Fails on contradicting evidence or on ambiguous
    // dates the column does not settle, naming the column and lines.
    [[nodiscard]] Result<DateOrder> resolve(std::string_view column,
                                            std::optional<DateOrder> given) const;

private:
    int m_dayFirstLine = 0;
    int m_monthFirstLine = 0;
    int m_firstAmbiguousLine = 0;
    bool m_sawDayAndMonth = false; // any date not written year first
    std::string m_dayFirstText;
    std::string m_monthFirstText;
    std::string m_ambiguousText;
};

// "dmy", "DD/MM/YYYY" ... for messages and the --date-format option.
std::string_view toString(DateOrder order);

} // namespace dealboard
