#pragma once

#include "core/mapping/FieldCatalog.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

class QSortFilterProxyModel;

namespace fieldlink {

/// One side's field catalog as a tree: groups ("Contact", "Custom fields", "Related data"…) holding fields,
/// each with its type and, on the source side, values seen in the sample records. Fields can be dragged
/// onto the rules (their path travels as `mimeType()`); a target the profile already fills is marked.
class FieldCatalogModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { FieldColumn, TypeColumn, SamplesColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, RequiredRole, MappedRole, GroupRole, SearchTextRole };
    enum class Side { Source, Target };

    explicit FieldCatalogModel(Side side, QObject* parent = nullptr);

    static QString mimeType(Side side);

    void setCatalog(const mapping::FieldCatalog& catalog);
    const mapping::FieldCatalog& catalog() const { return m_catalog; }
    /// Up to a few distinct values per source path, from the sample records.
    void setSamples(const QHash<QString, QStringList>& samplesByPath);
    /// Paths the profile already uses (sources read, or targets filled).
    void setMapped(const QSet<QString>& paths);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    /// A search over this catalog as the panes and the picker offer it: names, paths and sample values, any
    /// case, groups kept while a field in them matches.
    QSortFilterProxyModel* makeSearchFilter(QObject* parent);
    /// The index of the field at `path` (column 0), or invalid.
    QModelIndex indexOfPath(const QString& path) const;

private:
    struct Group {
        QString name;
        QList<qsizetype> fields; ///< into m_catalog.fields()
    };
    const mapping::CatalogField* fieldAt(const QModelIndex& index) const;

    Side m_side;
    mapping::FieldCatalog m_catalog;
    QList<Group> m_groups;
    QHash<QString, QStringList> m_samples;
    QSet<QString> m_mapped;
};

} // namespace fieldlink
