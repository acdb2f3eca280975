#include "gui/board/boardcolumnmodel.h"

#include "core/log/logging.h"
#include "gui/board/dealmimedata.h"

#include <QMimeData>

#include <algorithm>

namespace dealboard {

namespace {

QString toQString(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

BoardColumnModel::BoardColumnModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void BoardColumnModel::setColumn(BoardColumn column, QColor color)
{
    beginResetModel();
    m_column = std::move(column);
    m_color = color;
    // Positions only exist within a stage; the board allows drops on other columns when it
    // can set the field the board is grouped by.
    m_acceptsDrops = m_column.stageId.has_value();
    endResetModel();
    Q_EMIT summaryChanged();
}

void BoardColumnModel::setReferenceTime(Timestamp now)
{
    m_referenceTime = now;
    if (count() > 0)
        Q_EMIT dataChanged(index(0), index(count() - 1), {DaysInStageRole, Qt::ToolTipRole});
}

void BoardColumnModel::setCardDetailsProvider(CardDetailsProvider provider)
{
    m_cardDetails = std::move(provider);
    if (count() > 0)
        Q_EMIT dataChanged(index(0), index(count() - 1),
                           {CardFieldsRole, RottingRole, IdleDaysRole, Qt::ToolTipRole});
}

void BoardColumnModel::setAcceptsDrops(bool accepts)
{
    m_acceptsDrops = accepts;
}

void BoardColumnModel::setSummary(const BoardColumn &column)
{
    m_column.totals = column.totals;
    m_column.weightedTotals = column.weightedTotals;
    m_column.overflowedCurrencies = column.overflowedCurrencies;
    Q_EMIT summaryChanged();
}

QString BoardColumnModel::name() const
{
    if (m_column.name.empty())
        return tr("No value");
    return toQString(m_column.name);
}

QString BoardColumnModel::totalsText() const
{
    QStringList parts;
    for (const std::string &currency : m_column.overflowedCurrencies)
        parts.append(tr("%1 total too large to show").arg(toQString(currency)));
    if (!m_column.totals.isEmpty())
        parts.append(toQString(m_column.totals.toString()));
    return parts.join(QStringLiteral(" + "));
}

QString BoardColumnModel::totalsWarning() const
{
    QStringList lines;
    for (const std::string &currency : m_column.overflowedCurrencies)
        lines.append(
            tr("The total in %1 is too large to show and is left out.").arg(toQString(currency)));
    return lines.join(u'\n');
}

QString BoardColumnModel::weightedTotalsText() const
{
    if (m_column.weightedTotals.isEmpty())
        return {};
    return tr("Weighted %1").arg(toQString(m_column.weightedTotals.toString()));
}

const Deal &BoardColumnModel::dealAt(int row) const
{
    Q_ASSERT(row >= 0 && row < count());
    return m_column.deals.at(std::size_t(row));
}

int BoardColumnModel::rowOf(DealId id) const
{
    const auto found = std::ranges::find(m_column.deals, id, &Deal::id);
    if (found == m_column.deals.end())
        return -1;
    return int(found - m_column.deals.begin());
}

void BoardColumnModel::insertDeal(int row, Deal deal)
{
    Q_ASSERT(row >= 0 && row <= count());
    row = std::clamp(row, 0, count());

    beginInsertRows({}, row, row);
    m_column.deals.insert(m_column.deals.begin() + row, std::move(deal));
    endInsertRows();

    recomputeTotals();
}

Deal BoardColumnModel::takeDeal(int row)
{
    Q_ASSERT(row >= 0 && row < count());

    beginRemoveRows({}, row, row);
    Deal deal = std::move(m_column.deals.at(std::size_t(row)));
    m_column.deals.erase(m_column.deals.begin() + row);
    endRemoveRows();

    recomputeTotals();
    return deal;
}

void BoardColumnModel::moveDeal(int row, int beforeRow)
{
    Q_ASSERT(row >= 0 && row < count() && beforeRow >= 0 && beforeRow <= count());
    if (beforeRow == row || beforeRow == row + 1)
        return;

    beginMoveRows({}, row, row, {}, beforeRow);
    auto &deals = m_column.deals;
    if (beforeRow < row)
        std::rotate(deals.begin() + beforeRow, deals.begin() + row, deals.begin() + row + 1);
    else
        std::rotate(deals.begin() + row, deals.begin() + row + 1, deals.begin() + beforeRow);
    endMoveRows();
}

void BoardColumnModel::replaceDeal(int row, Deal deal)
{
    Q_ASSERT(row >= 0 && row < count());
    m_column.deals.at(std::size_t(row)) = std::move(deal);
    Q_EMIT dataChanged(index(row), index(row));
    recomputeTotals();
}

int BoardColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant BoardColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const Deal &deal = dealAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return toQString(deal.title);
    case Qt::ToolTipRole:
        return toolTip(deal);
    case DealIdRole:
        return QVariant::fromValue<qint64>(deal.id);
    case CompanyRole:
        return toQString(deal.company);
    case OwnerRole:
        return toQString(deal.owner);
    case ValueRole:
        return deal.value ? toQString(formatMoney(*deal.value)) : QString();
    case DaysInStageRole:
        return daysInStage(deal);
    case StageColorRole:
        return m_color;
    case CardFieldsRole:
        return cardDetails(deal).fields;
    case RottingRole:
        return cardDetails(deal).rotting;
    case IdleDaysRole:
        return cardDetails(deal).idleDays;
    default:
        return {};
    }
}

Qt::ItemFlags BoardColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_acceptsDrops ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> BoardColumnModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DealIdRole, QByteArrayLiteral("dealId"));
    names.insert(TitleRole, QByteArrayLiteral("title"));
    names.insert(CompanyRole, QByteArrayLiteral("company"));
    names.insert(OwnerRole, QByteArrayLiteral("owner"));
    names.insert(ValueRole, QByteArrayLiteral("value"));
    names.insert(DaysInStageRole, QByteArrayLiteral("daysInStage"));
    names.insert(StageColorRole, QByteArrayLiteral("stageColor"));
    names.insert(CardFieldsRole, QByteArrayLiteral("cardFields"));
    names.insert(RottingRole, QByteArrayLiteral("rotting"));
    names.insert(IdleDaysRole, QByteArrayLiteral("idleDays"));
    return names;
}

QStringList BoardColumnModel::mimeTypes() const
{
    return {QString::fromLatin1(dealIdsMimeType)};
}

QMimeData *BoardColumnModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            rows.append(index.row());
    }
    if (rows.isEmpty())
        return nullptr;

    // Column order, not click order, so several cards keep their order when they land.
    std::ranges::sort(rows);
    QList<DealId> ids;
    for (int row : rows)
        ids.append(dealAt(row).id);
    return createDealMimeData(ids);
}

Qt::DropActions BoardColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions BoardColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool BoardColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &parent) const
{
    return action == Qt::MoveAction && !parent.isValid() && m_acceptsDrops &&
           !dealIdsFromMimeData(data).isEmpty();
}

bool BoardColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;

    const int beforeRow = (row < 0 || row > count()) ? count() : row;
    Q_EMIT dealsDropped(dealIdsFromMimeData(data), beforeRow);
    return true;
}

void BoardColumnModel::recomputeTotals()
{
    // The same totals buildBoard makes, overflow included, so a move cannot hide one.
    totalColumn(m_column);
    for (const std::string &currency : m_column.overflowedCurrencies)
        log(logger::gui)
            ->info("Column {}: the total in {} is too large to show", m_column.name, currency);
    Q_EMIT summaryChanged();
}

QString BoardColumnModel::toolTip(const Deal &deal) const
{
    QStringList lines{toQString(deal.title)};
    if (!deal.company.empty())
        lines.append(tr("Company: %1").arg(toQString(deal.company)));
    if (!deal.contact.empty())
        lines.append(tr("Contact: %1").arg(toQString(deal.contact)));
    if (!deal.owner.empty())
        lines.append(tr("Owner: %1").arg(toQString(deal.owner)));
    if (deal.value)
        lines.append(tr("Value: %1").arg(toQString(formatMoney(*deal.value))));
    if (deal.expectedClose)
        lines.append(tr("Expected close: %1").arg(toQString(deal.expectedClose->toIso())));
    const int days = daysInStage(deal);
    lines.append(days == 1 ? tr("1 day in the current stage")
                           : tr("%1 days in the current stage").arg(days));
    const CardDetails details = cardDetails(deal);
    lines.append(details.fields);
    if (details.rotting)
        lines.append(tr("Rotting: no change for %1 days").arg(details.idleDays));
    return lines.join(QLatin1Char('\n'));
}

CardDetails BoardColumnModel::cardDetails(const Deal &deal) const
{
    return m_cardDetails ? m_cardDetails(deal) : CardDetails{};
}

int BoardColumnModel::daysInStage(const Deal &deal) const
{
    const Timestamp now = m_referenceTime.value_or(currentTimestamp());
    return std::max(0, wholeDaysBetween(deal.stageEnteredAt, now));
}

} // namespace dealboard
