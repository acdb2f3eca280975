#pragma once

#include "core/domain/date.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QDateEdit;

namespace dealboard {

// A date that may be left empty, such as an expected close date nobody knows yet: a check
// box says whether there is a date, and the date edit beside it holds it.
class OptionalDateEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    std::optional<Date> value() const;
    void setValue(const std::optional<Date> &date);

    QCheckBox *checkBox() const { return m_check; }
    QDateEdit *dateEdit() const { return m_edit; }

Q_SIGNALS:
    void valueChanged();

private:
    QCheckBox *m_check = nullptr;
    QDateEdit *m_edit = nullptr;
};

} // namespace dealboard
