#pragma once

#include "core/domain/ids.h"

#include <QList>
#include <QString>

class QMimeData;

namespace dealboard {

// Cards travel between columns as a list of deal ids in a MIME type of our own, so a drop
// from another application (or another Dealboard window) is never mistaken for a card.
inline constexpr const char dealIdsMimeType[] = "application/x-dealboard-deal-ids";

// A new QMimeData holding the ids; the caller owns it (usually by handing it to a QDrag).
QMimeData *createDealMimeData(const QList<DealId> &ids);

// The ids a QMimeData carries, in drag order; empty when it carries none of ours.
QList<DealId> dealIdsFromMimeData(const QMimeData *data);

} // namespace dealboard
