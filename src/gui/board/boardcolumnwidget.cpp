#include "gui/board/boardcolumnwidget.h"

#include "gui/board/boardcolumnmodel.h"
#include "gui/board/boardcolumnview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace dealboard {

namespace {

constexpr int columnRadius = 8;
constexpr int accentHeight = 4;

// The column's background: the window colour a shade towards the text colour, so the
// white cards stand out in light themes and dark ones alike.
QColor columnBackground(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return window.lightness() > 128 ? window.darker(106) : window.lighter(125);
}

} // namespace

BoardColumnWidget::BoardColumnWidget(BoardColumnModel *model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_view(new BoardColumnView(this))
    , m_name(new QLabel(this))
    , m_count(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_weighted(new QLabel(this))
{
    Q_ASSERT(model);
    setMinimumWidth(200);
    setMaximumWidth(340);

    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextFormat(Qt::PlainText);
    m_count->setObjectName(QStringLiteral("columnCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_totals->setObjectName(QStringLiteral("columnTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    m_totals->setForegroundRole(QPalette::PlaceholderText);
    m_totals->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont totalsFont = m_totals->font();
    totalsFont.setPointSizeF(totalsFont.pointSizeF() * 0.9);
    m_totals->setFont(totalsFont);
    // Two lines whatever the totals, so the cards of all columns start at the same height;
    // the tooltip has the whole text when more currencies than fit are in one column.
    m_totals->setFixedHeight(2 * QFontMetrics(totalsFont).lineSpacing());
    // One line: the weighted totals of several currencies are elided, the tooltip has all.
    m_weighted->setObjectName(QStringLiteral("columnWeightedTotals"));
    m_weighted->setTextFormat(Qt::PlainText);
    m_weighted->setForegroundRole(QPalette::PlaceholderText);
    m_weighted->setFont(totalsFont);
    m_weighted->setFixedHeight(QFontMetrics(totalsFont).lineSpacing());
    m_weighted->setMinimumWidth(1);

    auto *title = new QHBoxLayout;
    title->addWidget(m_name, 1);
    title->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, accentHeight + 8, 6, 6);
    layout->setSpacing(2);
    layout->addLayout(title);
    layout->addWidget(m_totals);
    layout->addWidget(m_weighted);
    layout->addSpacing(4);
    layout->addWidget(m_view, 1);
    title->setContentsMargins(6, 0, 6, 0);
    m_totals->setContentsMargins(6, 0, 6, 0);
    m_weighted->setContentsMargins(6, 0, 6, 0);

    m_view->setModel(model);
    connect(model, &BoardColumnModel::summaryChanged, this, &BoardColumnWidget::updateHeader);
    connect(model, &QAbstractItemModel::modelReset, this, &BoardColumnWidget::updateHeader);
    updateHeader();
}

QString BoardColumnWidget::countText() const
{
    return m_count->text();
}

QString BoardColumnWidget::totalsText() const
{
    return m_totals->text();
}

QString BoardColumnWidget::weightedTotalsText() const
{
    return m_model->weightedTotalsText();
}

void BoardColumnWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    QPainterPath path;
    path.addRoundedRect(QRectF(rect()), columnRadius, columnRadius);
    painter.fillPath(path, columnBackground(palette()));

    painter.setClipPath(path);
    const QColor accent = m_model->color();
    painter.fillRect(QRect(0, 0, width(), accentHeight),
                     accent.isValid() ? accent : palette().color(QPalette::Mid));
}

void BoardColumnWidget::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateHeader(); // the weighted totals are elided to the new width
}

void BoardColumnWidget::updateHeader()
{
    m_name->setText(m_model->name());
    m_count->setText(QLocale().toString(m_model->count()));
    // Dealboard ships no English translation to pick plural forms, so it picks them here.
    m_count->setToolTip(m_model->count() == 1 ? tr("1 deal")
                                              : tr("%1 deals").arg(m_model->count()));

    const QString totals = m_model->totalsText();
    const QString warning = m_model->totalsWarning();
    m_totals->setText(totals.isEmpty() ? tr("No value") : totals);
    m_totals->setToolTip(warning.isEmpty() ? totals : totals + u'\n' + warning);

    const QString weighted = m_model->weightedTotalsText();
    const int room = std::max(m_weighted->width() - 12, 40);
    m_weighted->setText(m_weighted->fontMetrics().elidedText(weighted, Qt::ElideRight, room));
    m_weighted->setToolTip(
        weighted.isEmpty() ? QString() : tr("Value times win probability: %1").arg(weighted));
    update();
}

} // namespace dealboard
