#include "gui/deals/optionaldateedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace dealboard {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(tr("Set"), this))
    , m_edit(new QDateEdit(this))
{
    m_check->setToolTip(tr("Clear to leave the date empty"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setDate(QDate::currentDate());
    m_edit->setEnabled(false);
    setFocusProxy(m_check);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);

    connect(m_check, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_check, &QCheckBox::toggled, this, &OptionalDateEdit::valueChanged);
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateEdit::valueChanged);
}

std::optional<Date> OptionalDateEdit::value() const
{
    if (!m_check->isChecked())
        return std::nullopt;
    const QDate date = m_edit->date();
    return Date::fromParts(date.year(), unsigned(date.month()), unsigned(date.day()));
}

void OptionalDateEdit::setValue(const std::optional<Date> &date)
{
    m_check->setChecked(date.has_value());
    if (date)
        m_edit->setDate(QDate(date->year(), int(date->month()), int(date->day())));
}

} // namespace dealboard
