#include "gui/views/filterlisteditor.h"

#include "gui/views/filterrowwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dealboard {

FilterListEditor::FilterListEditor(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("&Add filter"), this))
{
    auto *hint = new QLabel(tr("A deal is shown when all of these hold."), this);
    hint->setWordWrap(true);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
}

void FilterListEditor::setCatalog(const ViewFieldCatalog &catalog)
{
    clearRows();
    m_catalog = &catalog;
}

void FilterListEditor::setFilters(const std::vector<ViewFilter> &filters)
{
    clearRows();
    for (const ViewFilter &filter : filters) {
        if (FilterRowWidget *row = addRow())
            row->setFilter(filter);
    }
}

std::vector<ViewFilter> FilterListEditor::filters() const
{
    std::vector<ViewFilter> filters;
    for (const FilterRowWidget *row : m_rows)
        filters.push_back(row->filter());
    return filters;
}

FilterRowWidget *FilterListEditor::addRow()
{
    Q_ASSERT(m_catalog);
    if (!m_catalog)
        return nullptr;

    auto *row = new FilterRowWidget(*m_catalog, this);
    m_rowsLayout->addWidget(row);
    m_rows.push_back(row);
    connect(row, &FilterRowWidget::removeRequested, this, [this, row] { removeRow(row); });
    return row;
}

void FilterListEditor::removeRow(FilterRowWidget *row)
{
    std::erase(m_rows, row);
    row->hide();
    row->deleteLater(); // its own button's signal is still being delivered
}

void FilterListEditor::clearRows()
{
    for (FilterRowWidget *row : m_rows)
        delete row;
    m_rows.clear();
}

} // namespace dealboard
