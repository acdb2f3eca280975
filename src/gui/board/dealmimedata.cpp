#include "gui/board/dealmimedata.h"

#include <QMimeData>

namespace dealboard {

// The payload is the ids as decimal text separated by commas: easy to read in a debugger
// and free of any byte order question.
QMimeData *createDealMimeData(const QList<DealId> &ids)
{
    QByteArrayList parts;
    parts.reserve(ids.size());
    for (DealId id : ids)
        parts.append(QByteArray::number(id));

    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(dealIdsMimeType), parts.join(','));
    return data;
}

QList<DealId> dealIdsFromMimeData(const QMimeData *data)
{
    const QString type = QString::fromLatin1(dealIdsMimeType);
    if (!data || !data->hasFormat(type))
        return {};

    QList<DealId> ids;
    for (const QByteArray &part : data->data(type).split(',')) {
        bool ok = false;
        const DealId id = part.toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

} // namespace dealboard
