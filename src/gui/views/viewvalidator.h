#pragma once

#include "core/board/board.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace dealboard {

class ViewFieldCatalog;

// Checks a view as the editor built it before it is saved, and says in a sentence per
// problem what to fix: a name that is empty or taken by another view of the folder, a
// filter without the value(s) its operator needs, or a value the field cannot compare
// ("abc" as a number). Values are checked by the board's own DealFilter, so what passes
// here is what the board applies.
class ViewValidator final
{
    Q_DECLARE_TR_FUNCTIONS(ViewValidator)

public:
    // otherViews: the folder's views; the edited view itself (same id) is skipped.
    ViewValidator(const FolderSnapshot &snapshot, const ViewFieldCatalog &catalog,
                  std::vector<SavedView> otherViews);

    struct Problem
    {
        QString message;
        int filterRow = -1; // the filter it is about, or -1 for the name
    };

    std::vector<Problem> problems(const SavedView &view) const;

private:
    void checkName(const SavedView &view, std::vector<Problem> &problems) const;
    void checkFilter(const ViewFilter &filter, int row, std::vector<Problem> &problems) const;
    bool isComparable(const ViewFilter &filter) const;

    const FolderSnapshot &m_snapshot;
    const ViewFieldCatalog &m_catalog;
    std::vector<SavedView> m_otherViews;
};

} // namespace dealboard
