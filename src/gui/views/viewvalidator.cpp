#include "gui/views/viewvalidator.h"

#include "core/board/dealfilter.h"
#include "core/domain/text.h"
#include "gui/views/viewfieldcatalog.h"

namespace dealboard {

namespace {

QString kindNoun(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Number:
        return ViewValidator::tr("a number");
    case ValueKind::Money:
        return ViewValidator::tr("an amount");
    case ValueKind::Date:
        return ViewValidator::tr("a date (YYYY-MM-DD)");
    case ValueKind::Text:
        break;
    }
    return ViewValidator::tr("a text");
}

bool takesValue(FilterOperator op)
{
    return op != FilterOperator::Empty && op != FilterOperator::NotEmpty;
}

bool isBlank(const std::string &text)
{
    return trimmed(text).empty();
}

} // namespace

ViewValidator::ViewValidator(const FolderSnapshot &snapshot, const ViewFieldCatalog &catalog,
                             std::vector<SavedView> otherViews)
    : m_snapshot(snapshot)
    , m_catalog(catalog)
    , m_otherViews(std::move(otherViews))
{
}

std::vector<ViewValidator::Problem> ViewValidator::problems(const SavedView &view) const
{
    std::vector<Problem> problems;
    checkName(view, problems);
    for (std::size_t row = 0; row < view.filters.size(); ++row)
        checkFilter(view.filters[row], int(row), problems);
    return problems;
}

void ViewValidator::checkName(const SavedView &view, std::vector<Problem> &problems) const
{
    if (isBlank(view.name)) {
        problems.push_back({tr("Give the view a name."), -1});
        return;
    }
    const std::string key = nameKey(view.name);
    for (const SavedView &other : m_otherViews) {
        if (other.id != view.id && nameKey(other.name) == key) {
            problems.push_back({tr("The folder “%1” already has a view called “%2”.")
                                    .arg(QString::fromStdString(m_snapshot.folder.name),
                                         QString::fromStdString(other.name)),
                                -1});
            return;
        }
    }
}

void ViewValidator::checkFilter(const ViewFilter &filter, int row,
                                std::vector<Problem> &problems) const
{
    const ViewFieldCatalog::Field *field = m_catalog.field(filter.field);
    const QString number = QString::number(row + 1);
    if (!field) {
        problems.push_back(
            {tr("Filter %1 names a field this folder no longer has; remove it.").arg(number), row});
        return;
    }

    const bool needsSecond = filter.op == FilterOperator::Between;
    if (takesValue(filter.op) &&
        (isBlank(filter.value) || (needsSecond && isBlank(filter.value2)))) {
        problems.push_back(
            {needsSecond ? tr("Filter %1 (%2 between): give both values.").arg(number, field->name)
                         : tr("Filter %1 (%2): give a value.").arg(number, field->name),
             row});
        return;
    }
    if (filter.op != FilterOperator::Contains && !isComparable(filter))
        problems.push_back({tr("Filter %1 (%2): the value must be %3.")
                                .arg(number, field->name, kindNoun(field->kind)),
                            row});
}

// The board drops a filter whose value it cannot read for its field; the editor refuses it.
bool ViewValidator::isComparable(const ViewFilter &filter) const
{
    const DealFieldReader reader(m_snapshot);
    const DealFilter check(reader, {filter});
    return check.warnings().empty();
}

} // namespace dealboard
