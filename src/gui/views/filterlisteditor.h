#pragma once

#include "core/domain/savedview.h"

#include <QWidget>

#include <vector>

class QPushButton;
class QVBoxLayout;

namespace dealboard {

class FilterRowWidget;
class ViewFieldCatalog;

// The filters of a view, one row each, with a button to add a row. A deal is on the board
// when all of them hold, which the editor says above the rows.
class FilterListEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterListEditor(QWidget *parent = nullptr);

    // Must be called before the rows are filled; the catalog must outlive the editor.
    void setCatalog(const ViewFieldCatalog &catalog);
    void setFilters(const std::vector<ViewFilter> &filters);
    std::vector<ViewFilter> filters() const;

    int rowCount() const { return int(m_rows.size()); }
    FilterRowWidget *row(int index) const { return m_rows.at(std::size_t(index)); }
    QPushButton *addButton() const { return m_add; }
    // Appends a row for the first field with "is".
    FilterRowWidget *addRow();

private:
    void removeRow(FilterRowWidget *row);
    void clearRows();

    const ViewFieldCatalog *m_catalog = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QPushButton *m_add = nullptr;
    std::vector<FilterRowWidget *> m_rows;
};

} // namespace dealboard
