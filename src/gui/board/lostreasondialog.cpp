#include "gui/board/lostreasondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dealboard {

LostReasonDialog::LostReasonDialog(const QStringList &reasons, int dealCount,
                                   const QString &stageName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Lost reason"));
    auto *question = new QLabel(
        dealCount == 1
            ? tr("Why was the deal lost? It moves to %1.").arg(stageName)
            : tr("Why were these %1 deals lost? They move to %2.").arg(dealCount).arg(stageName),
        this);
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    if (reasons.isEmpty()) {
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("lostReasonText"));
        m_text->setPlaceholderText(tr("In a few words (optional)"));
        form->addRow(tr("&Reason:"), m_text);
    } else {
        m_list = new QComboBox(this);
        m_list->setObjectName(QStringLiteral("lostReasonList"));
        m_list->addItems(reasons);
        form->addRow(tr("&Reason:"), m_list);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
}

QString LostReasonDialog::reason() const
{
    return m_list ? m_list->currentText() : m_text->text().trimmed();
}

void LostReasonDialog::setReason(const QString &reason)
{
    if (m_list)
        m_list->setCurrentIndex(m_list->findText(reason));
    else
        m_text->setText(reason);
}

} // namespace dealboard
