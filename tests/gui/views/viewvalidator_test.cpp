#include "gui/views/viewvalidator.h"

#include "../board/guitestdata.h"
#include "gui/views/viewfieldcatalog.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

namespace {

struct FilterCase
{
    ViewFilter filter;
    QString problem; // empty: accepted
};

} // namespace

TEST_CASE("The validator checks each filter against its field", "[gui][views]")
{
    GuiTestData data = makeGuiTestData();
    const FolderSnapshot snapshot = required(data.repository->snapshot(data.folder.id));
    const ViewFieldCatalog catalog(snapshot);
    const ViewValidator validator(snapshot, catalog,
                                  required(data.repository->views(data.folder.id)));
    const std::string score = customFieldRef(data.score.id);
    const std::string engaged = customFieldRef(data.engaged.id);

    const FilterCase filterCase = GENERATE_COPY(
        FilterCase{{score, FilterOperator::Greater, "12.5", ""}, {}},
        FilterCase{{score, FilterOperator::Greater, "twelve", ""},
                   u"Filter 1 (Score): the value must be a number."_s},
        FilterCase{{"value", FilterOperator::Between, "1,000", "5000 USD"}, {}},
        FilterCase{{"value", FilterOperator::Between, "1000", ""},
                   u"Filter 1 (Value between): give both values."_s},
        FilterCase{{"value", FilterOperator::Less, "cheap", ""},
                   u"Filter 1 (Value): the value must be an amount."_s},
        FilterCase{{engaged, FilterOperator::Less, "2026-02-30", ""},
                   u"Filter 1 (Engaged): the value must be a date (YYYY-MM-DD)."_s},
        FilterCase{{engaged, FilterOperator::Empty, "", ""}, {}},
        FilterCase{{"owner", FilterOperator::Is, " ", ""}, u"Filter 1 (Owner): give a value."_s},
        FilterCase{{"owner", FilterOperator::Contains, "ann", ""}, {}},
        FilterCase{{score, FilterOperator::Contains, "4", ""}, {}},
        FilterCase{{"field:999", FilterOperator::Is, "x", ""},
                   u"Filter 1 names a field this folder no longer has; remove it."_s});

    SavedView view = newView(data.folder.id, "Checked");
    view.filters = {filterCase.filter};
    const auto problems = validator.problems(view);
    INFO(filterCase.filter.field << " " << toString(filterCase.filter.op) << " "
                                 << filterCase.filter.value);
    if (filterCase.problem.isEmpty()) {
        CHECK(problems.empty());
    } else {
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message == filterCase.problem);
        CHECK(problems[0].filterRow == 0);
    }
}

TEST_CASE("The validator lets a view keep its own name", "[gui][views]")
{
    GuiTestData data = makeGuiTestData();
    const FolderSnapshot snapshot = required(data.repository->snapshot(data.folder.id));
    const ViewFieldCatalog catalog(snapshot);
    const ViewValidator validator(snapshot, catalog,
                                  required(data.repository->views(data.folder.id)));

    SavedView renamed = data.openPipeline;
    renamed.name = "OPEN pipeline";
    CHECK(validator.problems(renamed).empty());
    renamed.name = "all deals ";
    REQUIRE(validator.problems(renamed).size() == 1);
    CHECK(validator.problems(renamed)[0].filterRow == -1);
}
