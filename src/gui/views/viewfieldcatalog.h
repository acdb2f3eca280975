#pragma once

#include "core/board/board.h"
#include "core/board/dealfieldreader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace dealboard {

// What a folder offers a saved view, in the words the view editor shows: the fields a
// filter, the sort or a card can name, the fields the board can be grouped by, the columns
// a grouping gives and the values a field can take.
//
// Fields are named by the reference strings of SavedView ("owner", "field:12"), resolved
// by the same DealFieldReader the board uses, so the editor offers exactly what the board
// understands.
class ViewFieldCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(ViewFieldCatalog)

public:
    struct Field
    {
        std::string ref;
        QString name;
        ValueKind kind = ValueKind::Text;
        // Values to pick from: stage names for the stage, options for a choice field;
        // empty when any value can be typed.
        QStringList choices;
    };

    struct Column
    {
        std::string key; // as SavedView::hiddenColumns holds it
        QString name;
    };

    explicit ViewFieldCatalog(const FolderSnapshot &snapshot);

    // Built-in fields first, then the folder's custom fields in their order.
    const std::vector<Field> &fields() const { return m_fields; }
    // The stage, the owner, then every choice and person field.
    const std::vector<Field> &groupings() const { return m_groupings; }
    // Null for a reference to no field of this folder.
    const Field *field(std::string_view ref) const;
    // The columns a board grouped by groupBy has, "No value" included, whatever their deals.
    std::vector<Column> columns(std::string_view groupBy) const;

private:
    void addBuiltInFields();
    void addCustomFields();

    const FolderSnapshot &m_snapshot;
    std::vector<Field> m_fields;
    std::vector<Field> m_groupings;
};

} // namespace dealboard
