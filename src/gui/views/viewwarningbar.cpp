#include "gui/views/viewwarningbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace dealboard {

ViewWarningBar::ViewWarningBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("viewWarningBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A pale amber that reads as "attention" in light and dark palettes alike.
    QPalette colors = palette();
    colors.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
    colors.setColor(QPalette::WindowText, QColor(0x4d, 0x3b, 0x00));
    setPalette(colors);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(tr("Dismiss"));
    m_close->setToolTip(tr("Hide this message until the view shows another problem"));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &ViewWarningBar::dismiss);
    hide();
}

void ViewWarningBar::showWarnings(const SavedView &view, const std::vector<std::string> &warnings)
{
    m_shown = {view.id, warnings};
    if (warnings.empty() || m_shown == m_dismissed) {
        hide();
        return;
    }

    QString text =
        tr("Parts of the view “%1” were left out:").arg(QString::fromStdString(view.name));
    for (const std::string &warning : warnings)
        text += QStringLiteral("\n• ") + QString::fromStdString(warning);
    m_text->setText(text);
    show();
}

QString ViewWarningBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void ViewWarningBar::dismiss()
{
    m_dismissed = m_shown;
    hide();
}

} // namespace dealboard
