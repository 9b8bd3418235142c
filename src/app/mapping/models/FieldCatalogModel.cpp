#include "app/mapping/models/FieldCatalogModel.h"

#include <QFont>
#include <QMimeData>
#include <QSortFilterProxyModel>

namespace fieldlink {
namespace {
// Group rows carry no internal id; a field row carries its group's row + 1.
constexpr quintptr groupRow = 0;
} // namespace

FieldCatalogModel::FieldCatalogModel(Side side, QObject* parent)
    : QAbstractItemModel(parent)
    , m_side(side) {
}

QString FieldCatalogModel::mimeType(Side side) {
    return side == Side::Source ? QStringLiteral("application/x-fieldlink-source-field")
                                : QStringLiteral("application/x-fieldlink-target-field");
}

void FieldCatalogModel::setCatalog(const mapping::FieldCatalog& catalog) {
    beginResetModel();
    m_catalog = catalog;
    m_groups.clear();
    QHash<QString, qsizetype> groupOf;
    for (qsizetype i = 0; i < m_catalog.fields().size(); ++i) {
        const QString& group = m_catalog.fields().at(i).group;
        auto found = groupOf.find(group);
        if (found == groupOf.end()) {
            found = groupOf.insert(group, m_groups.size());
            m_groups.append({group, {}});
        }
        m_groups[*found].fields.append(i);
    }
    endResetModel();
}

void FieldCatalogModel::setSamples(const QHash<QString, QStringList>& samplesByPath) {
    m_samples = samplesByPath;
    for (int group = 0; group < m_groups.size(); ++group) {
        const QModelIndex parent = index(group, 0);
        if (rowCount(parent) > 0)
            Q_EMIT dataChanged(index(0, SamplesColumn, parent),
                               index(rowCount(parent) - 1, SamplesColumn, parent));
    }
}

void FieldCatalogModel::setMapped(const QSet<QString>& paths) {
    if (paths == m_mapped)
        return;
    m_mapped = paths;
    for (int group = 0; group < m_groups.size(); ++group) {
        const QModelIndex parent = index(group, 0);
        if (rowCount(parent) > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
    }
}

QModelIndex FieldCatalogModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex FieldCatalogModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == groupRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, groupRow);
}

int FieldCatalogModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != groupRow)
        return 0;
    return static_cast<int>(m_groups.at(parent.row()).fields.size());
}

int FieldCatalogModel::columnCount(const QModelIndex&) const {
    return m_side == Side::Source ? ColumnCount : SamplesColumn;
}

const mapping::CatalogField* FieldCatalogModel::fieldAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == groupRow)
        return nullptr;
    const Group& group = m_groups.at(static_cast<qsizetype>(index.internalId() - 1));
    return &m_catalog.fields().at(group.fields.at(index.row()));
}

QVariant FieldCatalogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const mapping::CatalogField* field = fieldAt(index);
    if (!field) {
        const Group& group = m_groups.at(index.row());
        if (role == Qt::DisplayRole && index.column() == FieldColumn)
            return tr("%1 (%L2)")
                .arg(group.name.isEmpty() ? tr("Fields") : group.name)
                .arg(group.fields.size());
        if (role == GroupRole)
            return group.name;
        return {};
    }
    const bool mapped = m_mapped.contains(field->path);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FieldColumn:
            // A required target shows its mark in the text too, not only in colour (screen readers).
            return field->required && m_side == Side::Target ? tr("%1 *").arg(field->label) : field->label;
        case TypeColumn:
            return mapping::FieldCatalog::typeInWords(field->type);
        case SamplesColumn:
            return m_samples.value(field->path).join(QStringLiteral(" · "));
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = field->path;
        if (field->required)
            tip += QLatin1Char('\n') + tr("Required: every record must fill it.");
        if (mapped)
            tip += QLatin1Char('\n') +
                   (m_side == Side::Source ? tr("Read by a rule.") : tr("Filled by a rule."));
        if (const QStringList samples = m_samples.value(field->path); !samples.isEmpty())
            tip += QLatin1Char('\n') + tr("In the samples: %1").arg(samples.join(QStringLiteral(", ")));
        return tip;
    }
    case Qt::FontRole:
        if (mapped && index.column() == FieldColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case PathRole:
        return field->path;
    case RequiredRole:
        return field->required;
    case MappedRole:
        return mapped;
    case GroupRole:
        return field->group;
    case SearchTextRole: // what the search box matches: the name people read, the path, the values seen
        return QString(field->label + QLatin1Char('\n') + field->path + QLatin1Char('\n') +
                       m_samples.value(field->path).join(QLatin1Char('\n')));
    default:
        return {};
    }
}

QVariant FieldCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return m_side == Side::Source ? tr("Source field") : tr("Target field");
    case TypeColumn:
        return tr("Type");
    case SamplesColumn:
        return tr("In the samples");
    default:
        return {};
    }
}

Qt::ItemFlags FieldCatalogModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (fieldAt(index))
        flags |= Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    return flags;
}

QStringList FieldCatalogModel::mimeTypes() const {
    return {mimeType(m_side)};
}

QMimeData* FieldCatalogModel::mimeData(const QModelIndexList& indexes) const {
    QStringList paths;
    for (const QModelIndex& index : indexes) {
        if (const mapping::CatalogField* field = fieldAt(index); field && !paths.contains(field->path))
            paths << field->path;
    }
    if (paths.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(mimeType(m_side), paths.join(QLatin1Char('\n')).toUtf8());
    data->setText(paths.join(QLatin1Char('\n')));
    return data;
}

QSortFilterProxyModel* FieldCatalogModel::makeSearchFilter(QObject* parent) {
    auto* filter = new QSortFilterProxyModel(parent);
    filter->setSourceModel(this);
    filter->setRecursiveFilteringEnabled(true);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter->setFilterKeyColumn(FieldColumn);
    filter->setFilterRole(SearchTextRole);
    return filter;
}

QModelIndex FieldCatalogModel::indexOfPath(const QString& path) const {
    for (int group = 0; group < m_groups.size(); ++group) {
        const QList<qsizetype>& fields = m_groups.at(group).fields;
        for (int row = 0; row < fields.size(); ++row) {
            if (m_catalog.fields().at(fields.at(row)).path == path)
                return index(row, 0, index(group, 0));
        }
    }
    return {};
}

} // namespace fieldlink
