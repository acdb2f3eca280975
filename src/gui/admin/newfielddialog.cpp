#include "gui/admin/newfielddialog.h"

#include "ui_newfielddialog.h"

#include "gui/admin/adminsupport.h"

#include <QPushButton>

namespace dealboard {

NewFieldDialog::NewFieldDialog(Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewFieldDialog>())
    , m_apply(std::move(apply))
{
    m_ui->setupUi(this);
    m_ui->typeCombo->addItem(tr("Text"), int(FieldType::Text));
    m_ui->typeCombo->addItem(tr("Number"), int(FieldType::Number));
    m_ui->typeCombo->addItem(tr("Money"), int(FieldType::Money));
    m_ui->typeCombo->addItem(tr("Date"), int(FieldType::Date));
    m_ui->typeCombo->addItem(tr("Choice"), int(FieldType::Choice));
    m_ui->typeCombo->addItem(tr("Person"), int(FieldType::Person));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add Field"));

    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, &NewFieldDialog::updateOptions);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewFieldDialog::apply);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOptions();
    m_ui->nameEdit->setFocus();
}

NewFieldDialog::~NewFieldDialog() = default;

void NewFieldDialog::setName(const QString &name)
{
    m_ui->nameEdit->setText(name);
}

void NewFieldDialog::setType(FieldType type)
{
    m_ui->typeCombo->setCurrentIndex(m_ui->typeCombo->findData(int(type)));
}

void NewFieldDialog::setOptions(const QStringList &options)
{
    m_ui->optionsEdit->setPlainText(options.join(u'\n'));
}

FieldDefinition NewFieldDialog::field() const
{
    FieldDefinition field;
    field.name = m_ui->nameEdit->text().trimmed().toStdString();
    field.type = FieldType(m_ui->typeCombo->currentData().toInt());
    if (field.type != FieldType::Choice)
        return field;
    const QStringList lines = m_ui->optionsEdit->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        const std::string option = line.trimmed().toStdString();
        if (!option.empty() && std::ranges::find(field.options, option) == field.options.end())
            field.options.push_back(option);
    }
    return field;
}

QString NewFieldDialog::message() const
{
    return m_ui->messageLabel->isVisibleTo(this) ? m_ui->messageLabel->text() : QString();
}

void NewFieldDialog::apply()
{
    const Status status = m_apply(field());
    if (!status) {
        admin::showMessage(m_ui->messageLabel, admin::fromStd(status.error()));
        m_ui->nameEdit->setFocus();
        return;
    }
    accept();
}

void NewFieldDialog::updateOptions()
{
    const bool choice = FieldType(m_ui->typeCombo->currentData().toInt()) == FieldType::Choice;
    m_ui->optionsLabel->setVisible(choice);
    m_ui->optionsEdit->setVisible(choice);
}

} // namespace dealboard
