#pragma once

#include "core/board/board.h"
#include "core/domain/timestamp.h"

#include <QAbstractListModel>
#include <QColor>

#include <functional>
#include <optional>

namespace dealboard {

// What a card shows beyond the deal itself, which only the board can work out because it
// needs the folder: the view's card fields as "Name: value" lines (empty for the default
// card) and whether the deal is rotting in its stage.
struct CardDetails
{
    QStringList fields;
    bool rotting = false;
    int idleDays = 0;
};
using CardDetailsProvider = std::function<CardDetails(const Deal &)>;

// The cards of one board column as a flat list model: a thin adapter over the column's
// deals that the card delegate paints. Changes arrive as exact row operations (insert,
// take, move) so views keep their selection and scroll position when a card moves; a
// whole new column (another view, a search) arrives as a reset.
//
// Drops are decoded here but not applied: the model reports them with dealsDropped and the
// board decides, because only the board can ask storage and undo a failed move.
class BoardColumnModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        DealIdRole = Qt::UserRole + 1,
        TitleRole,
        CompanyRole,
        OwnerRole,
        ValueRole,       // formatted money, empty when the deal has no value
        DaysInStageRole, // whole days since the deal entered its current stage
        StageColorRole,  // the column's colour, for the card's accent
        CardFieldsRole,  // QStringList of "Name: value", one per card field of the view
        RottingRole,     // true when the deal is idle longer than its stage allows
        IdleDaysRole,    // whole days since the deal last changed
    };
    Q_ENUM(Role)

    explicit BoardColumnModel(QObject *parent = nullptr);

    // Replaces everything the model shows. color is the stage's colour (invalid when the
    // board is not grouped by stage).
    void setColumn(BoardColumn column, QColor color = {});
    // The moment "days in stage" is counted to; now by default, fixed by tests.
    void setReferenceTime(Timestamp now);
    // Supplies card fields and rotting; without one, cards show the default fields only.
    void setCardDetailsProvider(CardDetailsProvider provider);
    // Whether cards may be dropped here: the board knows whether its grouping can be set.
    void setAcceptsDrops(bool accepts);
    bool acceptsDrops() const { return m_acceptsDrops; }
    // Takes the totals of a column buildBoard made from the same deals, weighted totals
    // included, without touching the rows.
    void setSummary(const BoardColumn &column);

    const BoardColumn &column() const { return m_column; }
    std::optional<StageId> stageId() const { return m_column.stageId; }
    QString name() const;
    QColor color() const { return m_color; }
    // "1,234.56 USD + 300.00 EUR"; empty when no deal has a value. A currency whose total
    // does not fit in 64 bits comes first as "EUR total too large to show", so the header
    // never reads as if the column held none of it.
    QString totalsText() const;
    // Why a total is missing from totalsText; empty when every total is shown.
    QString totalsWarning() const;
    // The totals weighted by win probability, "≈ 9,000.00 USD"; empty without values.
    QString weightedTotalsText() const;

    int count() const { return int(m_column.deals.size()); }
    const Deal &dealAt(int row) const;
    // The row of a deal, or -1.
    int rowOf(DealId id) const;

    // Row operations with exact notifications. row is counted before the change; for
    // moveDeal, beforeRow is where the deal goes in the list as it is now (0..count()).
    void insertDeal(int row, Deal deal);
    Deal takeDeal(int row);
    void moveDeal(int row, int beforeRow);
    void replaceDeal(int row, Deal deal);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // Cards were dropped on this column before row (count() for the end).
    void dealsDropped(const QList<DealId> &dealIds, int row);
    // The number of cards or their totals changed.
    void summaryChanged();

private:
    void recomputeTotals();
    QString toolTip(const Deal &deal) const;
    int daysInStage(const Deal &deal) const;
    CardDetails cardDetails(const Deal &deal) const;

    BoardColumn m_column;
    QColor m_color;
    std::optional<Timestamp> m_referenceTime;
    CardDetailsProvider m_cardDetails;
    bool m_acceptsDrops = true;
};

} // namespace dealboard
