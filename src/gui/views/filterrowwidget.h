#pragma once

#include "core/domain/savedview.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace dealboard {

class ViewFieldCatalog;

// One condition of a view as a row of inputs: field, operator, value and, for "between",
// a second value. The value is picked from a list for the stage (its stages) and for a
// choice field (its options), and typed for everything else; "empty" and "not empty" take
// no value at all.
class FilterRowWidget final : public QWidget
{
    Q_OBJECT

public:
    FilterRowWidget(const ViewFieldCatalog &catalog, QWidget *parent = nullptr);

    // A filter naming a field the folder lacks keeps its reference, shown as unknown.
    void setFilter(const ViewFilter &filter);
    ViewFilter filter() const;

    QComboBox *fieldBox() const { return m_field; }
    QComboBox *operatorBox() const { return m_operator; }
    QComboBox *valueBox() const { return m_value; }
    QComboBox *secondValueBox() const { return m_secondValue; }
    QToolButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void removeRequested();

private:
    void fillFields();
    void fillOperators();
    void updateValueInputs();
    void fillValueBox(QComboBox *box, const QStringList &choices, bool typed);
    static void setValueText(QComboBox *box, const QString &text);
    static QString valueText(const QComboBox *box);

    const ViewFieldCatalog &m_catalog;
    QComboBox *m_field = nullptr;
    QComboBox *m_operator = nullptr;
    QComboBox *m_value = nullptr;
    QLabel *m_and = nullptr;
    QComboBox *m_secondValue = nullptr;
    QToolButton *m_remove = nullptr;
};

} // namespace dealboard
