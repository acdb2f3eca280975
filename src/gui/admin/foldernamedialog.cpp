#include "gui/admin/foldernamedialog.h"

#include "ui_foldernamedialog.h"

#include "gui/admin/adminsupport.h"

#include <QPushButton>

namespace dealboard {

FolderNameDialog::FolderNameDialog(const QString &title, const QString &okText, const QString &name,
                                   Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FolderNameDialog>())
    , m_apply(std::move(apply))
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    setTemplates({});
    setName(name);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(okText);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FolderNameDialog::apply);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->nameEdit->setFocus();
    resize(width(), sizeHint().height());
}

FolderNameDialog::~FolderNameDialog() = default;

void FolderNameDialog::setTemplates(const QStringList &templates)
{
    m_ui->templateCombo->clear();
    m_ui->templateCombo->addItems(templates);
    m_ui->templateLabel->setVisible(!templates.isEmpty());
    m_ui->templateCombo->setVisible(!templates.isEmpty());
}

void FolderNameDialog::setName(const QString &name)
{
    m_ui->nameEdit->setText(name);
    m_ui->nameEdit->selectAll();
}

void FolderNameDialog::setTemplateIndex(int index)
{
    m_ui->templateCombo->setCurrentIndex(index);
}

QString FolderNameDialog::message() const
{
    return m_ui->messageLabel->isVisibleTo(this) ? m_ui->messageLabel->text() : QString();
}

void FolderNameDialog::apply()
{
    const QString name = m_ui->nameEdit->text().trimmed();
    const Status status = m_apply(name, std::max(0, m_ui->templateCombo->currentIndex()));
    if (!status) {
        admin::showMessage(m_ui->messageLabel, admin::fromStd(status.error()));
        m_ui->nameEdit->setFocus();
        return;
    }
    accept();
}

} // namespace dealboard
