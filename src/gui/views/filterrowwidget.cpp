#include "gui/views/filterrowwidget.h"

#include "gui/views/viewfieldcatalog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace dealboard {

namespace {

bool takesValue(FilterOperator op)
{
    return op != FilterOperator::Empty && op != FilterOperator::NotEmpty;
}

QString placeholderFor(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Number:
        return FilterRowWidget::tr("a number");
    case ValueKind::Money:
        return FilterRowWidget::tr("an amount, e.g. 5000 USD");
    case ValueKind::Date:
        return FilterRowWidget::tr("YYYY-MM-DD");
    case ValueKind::Text:
        break;
    }
    return FilterRowWidget::tr("a value");
}

} // namespace

FilterRowWidget::FilterRowWidget(const ViewFieldCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_field(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_value(new QComboBox(this))
    , m_and(new QLabel(tr("and"), this))
    , m_secondValue(new QComboBox(this))
    , m_remove(new QToolButton(this))
{
    m_field->setAccessibleName(tr("Filter field"));
    m_operator->setAccessibleName(tr("Filter operator"));
    m_value->setAccessibleName(tr("Filter value"));
    m_secondValue->setAccessibleName(tr("Upper bound"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove this filter"));
    for (QComboBox *box : {m_value, m_secondValue}) {
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        box->setMinimumContentsLength(6);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_field, m_operator, m_value, m_and, m_secondValue})
        layout->addWidget(widget);
    // Takes the room of the values when the operator needs none ("is empty").
    layout->addStretch(0);
    layout->addWidget(m_remove);
    layout->setStretch(2, 1);
    layout->setStretch(4, 1);

    fillFields();
    fillOperators();
    updateValueInputs();
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] { updateValueInputs(); });
    connect(m_operator, &QComboBox::currentIndexChanged, this, [this] { updateValueInputs(); });
    connect(m_remove, &QToolButton::clicked, this, &FilterRowWidget::removeRequested);
}

void FilterRowWidget::setFilter(const ViewFilter &filter)
{
    int fieldIndex = m_field->findData(QString::fromStdString(filter.field));
    if (fieldIndex < 0) {
        m_field->addItem(tr("Unknown field"), QString::fromStdString(filter.field));
        fieldIndex = m_field->count() - 1;
    }
    m_field->setCurrentIndex(fieldIndex);
    m_operator->setCurrentIndex(m_operator->findData(int(filter.op)));
    updateValueInputs();
    setValueText(m_value, QString::fromStdString(filter.value));
    setValueText(m_secondValue, QString::fromStdString(filter.value2));
}

ViewFilter FilterRowWidget::filter() const
{
    ViewFilter filter;
    filter.field = m_field->currentData().toString().toStdString();
    filter.op = FilterOperator(m_operator->currentData().toInt());
    if (takesValue(filter.op))
        filter.value = valueText(m_value).toStdString();
    if (filter.op == FilterOperator::Between)
        filter.value2 = valueText(m_secondValue).toStdString();
    return filter;
}

void FilterRowWidget::fillFields()
{
    for (const ViewFieldCatalog::Field &field : m_catalog.fields())
        m_field->addItem(field.name, QString::fromStdString(field.ref));
}

void FilterRowWidget::fillOperators()
{
    const std::pair<FilterOperator, QString> operators[] = {
        {FilterOperator::Is, tr("is")},
        {FilterOperator::IsNot, tr("is not")},
        {FilterOperator::Contains, tr("contains")},
        {FilterOperator::Greater, tr("greater than")},
        {FilterOperator::Less, tr("less than")},
        {FilterOperator::Between, tr("between")},
        {FilterOperator::Empty, tr("is empty")},
        {FilterOperator::NotEmpty, tr("is not empty")},
    };
    for (const auto &[op, name] : operators)
        m_operator->addItem(name, int(op));
}

// A list of choices for "is", "is not" and the bounds of "between"; typing for
// "contains", since it looks for a part of a value, and for fields without choices.
void FilterRowWidget::updateValueInputs()
{
    const ViewFieldCatalog::Field *field =
        m_catalog.field(m_field->currentData().toString().toStdString());
    const auto op = FilterOperator(m_operator->currentData().toInt());
    const QStringList choices = field ? field->choices : QStringList();
    const bool typed = choices.isEmpty() || op == FilterOperator::Contains;

    fillValueBox(m_value, choices, typed);
    fillValueBox(m_secondValue, choices, typed);
    const QString placeholder = placeholderFor(field ? field->kind : ValueKind::Text);
    for (QComboBox *box : {m_value, m_secondValue}) {
        if (box->lineEdit())
            box->lineEdit()->setPlaceholderText(placeholder);
    }

    m_value->setVisible(takesValue(op));
    m_and->setVisible(op == FilterOperator::Between);
    m_secondValue->setVisible(op == FilterOperator::Between);
}

// Keeps what the box showed when it still fits, so changing the operator loses no typing.
void FilterRowWidget::fillValueBox(QComboBox *box, const QStringList &choices, bool typed)
{
    const QString before = valueText(box);
    const QSignalBlocker blocker(box);
    box->clear();
    box->setEditable(typed);
    box->addItems(choices);
    if (typed || choices.contains(before))
        setValueText(box, before);
}

void FilterRowWidget::setValueText(QComboBox *box, const QString &text)
{
    const int index = box->findText(text, Qt::MatchFixedString);
    if (box->isEditable()) {
        box->setEditText(text);
    } else if (index >= 0) {
        box->setCurrentIndex(index);
    } else if (!text.isEmpty()) {
        // A value that is no longer a choice (a renamed option) stays visible to be fixed.
        box->addItem(text);
        box->setCurrentIndex(box->count() - 1);
    }
}

QString FilterRowWidget::valueText(const QComboBox *box)
{
    return box->currentText().trimmed();
}

} // namespace dealboard
