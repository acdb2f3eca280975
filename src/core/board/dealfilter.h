#pragma once

#include "core/board/dealfieldreader.h"
#include "core/domain/savedview.h"

#include <string>
#include <variant>
#include <vector>

namespace dealboard {

// The filters of a view, read once and then tried on every deal of a board.
//
// Each filter compares by the kind of its field: text ignoring case (any script that
// toLowerUtf8 knows), numbers and money by amount, dates as dates. The stage compares by
// its place in the stage set, so "stage greater Proposal" means the stages after it; a
// choice field compares greater, less and between by its options' order when the bounds
// are options ("plan greater Basic": the plans listed after Basic). A filter that
// cannot be applied (a deleted field, "abc" as an amount) is dropped with a warning rather than
// hiding every deal.
class DealFilter final
{
public:
    DealFilter(const DealFieldReader &reader, const std::vector<ViewFilter> &filters);

    // True when every usable filter holds for the deal.
    bool matches(const Deal &deal) const;
    const std::vector<std::string> &warnings() const { return m_warnings; }

    // An amount as a user types it ("5,000.50", "5000 USD"): an exact decimal with an
    // optional currency.
    struct Amount
    {
        __extension__ __int128 mantissa = 0;
        int scale = 0; // digits after the decimal point
        std::string currency;
    };
    // Operand of a comparison, already in the kind of its field. Text is lower-cased.
    using Operand = std::variant<std::string, double, Amount, Date>;

private:
    struct Condition
    {
        ResolvedField field;
        FilterOperator op = FilterOperator::Is;
        Operand low;
        Operand high;
        std::string containsText;   // lower-cased, for Contains on any kind
        bool byStageOrder = false;  // low and high are places in the stage set
        bool byOptionOrder = false; // low and high are places among the choice's options
    };

    void addCondition(const ViewFilter &filter);
    bool addStageCondition(Condition &condition, const ViewFilter &filter);
    bool addOptionOrder(Condition &condition, const ViewFilter &filter) const;
    FieldValue orderedValue(const Condition &condition, const Deal &deal) const;
    bool holds(const Condition &condition, const Deal &deal) const;

    const DealFieldReader &m_reader;
    std::vector<Condition> m_conditions;
    std::vector<std::string> m_warnings;
};

} // namespace dealboard
