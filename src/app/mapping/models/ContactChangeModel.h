#pragma once

#include "core/mapping/FieldCatalog.h"
#include "core/mapping/MappingEngine.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace fieldlink {

/// For a kixie_to_ghl sample call: what it would change on the GHL contact itself, before → after — each
/// contact field a rule fills (`update.*`) and each do-not-disturb channel the call's disposition turns
/// on — against the contact as GHL has it now. A value that stays the same says so in words.
class ContactChangeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FieldColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum Role { ChangedRole = Qt::UserRole + 1 };

    explicit ContactChangeModel(QObject* parent = nullptr);

    /// `contact` is GET /contacts/{id}'s `contact` (empty: not known, then "before" says `unknownBefore`).
    void setChanges(const mapping::Profile& profile, const mapping::FieldCatalog& targets,
                    const mapping::CustomFieldDirectory& customFields, const QJsonObject& sample,
                    const mapping::MappedRecord& mapped, const QJsonObject& contact,
                    const QString& unknownBefore);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Whether the matched route of `mapped` updates the contact (has the "contact" action).
    static bool updatesContact(const mapping::Profile& profile, const mapping::MappedRecord& mapped);

private:
    struct Row {
        QString field;
        QString key; ///< the target path or "dndSettings.<Channel>", in the tooltip
        QString before;
        QString after;
        bool changed = true; ///< what the call changes (or may: the contact could not be read)
    };
    QList<Row> m_rows;
};

} // namespace fieldlink
