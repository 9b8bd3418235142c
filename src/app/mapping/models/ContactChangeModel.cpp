#include "app/mapping/models/ContactChangeModel.h"

#include "app/mapping/editors/DndEditor.h"
#include "app/mapping/models/RecordComparisonModel.h"
#include "core/mapping/ValueText.h"

#include <QFont>
#include <QJsonArray>

namespace fieldlink {
namespace {

QString shown(const QJsonValue& value) {
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts << mapping::valueText(item);
        return parts.join(QStringLiteral(", "));
    }
    return mapping::valueText(value);
}

/// The contact's current value of an `update.*` target: a standard field by name, a custom field by the
/// id the location gives its key (GHL returns custom fields as {id, value}).
QJsonValue currentValue(const QJsonObject& contact, const QString& target,
                        const mapping::CustomFieldDirectory& customFields) {
    const QString key = mapping::contactupdate::customFieldKey(target);
    if (key.isEmpty())
        return contact.value(mapping::contactupdate::standardField(target));
    const auto* definition = customFields.byKey(key);
    if (!definition)
        return {};
    for (const QJsonValue& entry : contact.value(QLatin1String("customFields")).toArray()) {
        if (entry.toObject().value(QLatin1String("id")).toString() == definition->id)
            return entry.toObject().value(QLatin1String("value"));
    }
    return {};
}

} // namespace

ContactChangeModel::ContactChangeModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

bool ContactChangeModel::updatesContact(const mapping::Profile& profile,
                                        const mapping::MappedRecord& mapped) {
    for (const mapping::Route& route : profile.routing.routes) {
        if (route.name == mapped.route)
            return route.actions.contains(QStringLiteral("contact"));
    }
    return profile.routing.fallback && profile.routing.fallback->name == mapped.route &&
           profile.routing.fallback->actions.contains(QStringLiteral("contact"));
}

void ContactChangeModel::setChanges(const mapping::Profile& profile, const mapping::FieldCatalog& targets,
                                    const mapping::CustomFieldDirectory& customFields,
                                    const QJsonObject& sample, const mapping::MappedRecord& mapped,
                                    const QJsonObject& contact, const QString& unknownBefore) {
    beginResetModel();
    m_rows.clear();
    const bool known = !contact.isEmpty();
    if (updatesContact(profile, mapped)) {
        for (const mapping::Rule& rule : profile.rules) {
            if (!mapping::contactupdate::isTarget(rule.target))
                continue;
            const QString after = shown(RecordComparisonModel::payloadValue(mapped.payload, rule.target));
            if (after.isEmpty())
                continue; // nothing sent: GHL keeps what it has
            const mapping::CatalogField* field = targets.find(rule.target);
            Row row;
            row.field = field && !field->pattern ? field->label : rule.target;
            row.key = rule.target;
            const QString before = shown(currentValue(contact, rule.target, customFields));
            row.before = !known ? unknownBefore : before.isEmpty() ? tr("(empty)") : before;
            row.changed = !known || before != after;
            row.after = row.changed ? after : tr("%1 (unchanged)").arg(after);
            m_rows.append(row);
        }
    }
    // Do-not-disturb follows the disposition whatever route matched, and is only ever turned on.
    const QString disposition =
        mapping::valueText(mapping::FieldPath(QStringLiteral("disposition")).read(sample));
    QStringList channels;
    for (const mapping::DndMapping& dnd : profile.doNotDisturb) {
        if (dnd.matches(disposition))
            for (const QString& channel : dnd.channels)
                if (!channels.contains(channel))
                    channels << channel;
    }
    const QJsonObject settings = contact.value(QLatin1String("dndSettings")).toObject();
    for (const QString& channel : std::as_const(channels)) {
        Row row;
        row.field = tr("Do not disturb: %1").arg(DndEditor::channelInWords(channel));
        row.key = QStringLiteral("dndSettings.") + channel;
        const QString status = settings.value(channel).toObject().value(QLatin1String("status")).toString();
        const bool on = status == QLatin1String("active") || status == QLatin1String("permanent");
        row.before = !known ? unknownBefore : on ? tr("On") : tr("Off");
        row.changed = !known || !on;
        row.after = row.changed ? tr("Turned on") : tr("On (unchanged)");
        m_rows.append(row);
    }
    endResetModel();
}

void ContactChangeModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ContactChangeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContactChangeModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactChangeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case ChangedRole:
        return row.changed;
    case Qt::FontRole:
        if (row.changed && index.column() == AfterColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == FieldColumn ? row.key : data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case FieldColumn:
            return row.field;
        case BeforeColumn:
            return row.before;
        case AfterColumn:
            return row.after;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ContactChangeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Contact field");
    case BeforeColumn:
        return tr("In GHL now");
    case AfterColumn:
        return tr("After this call");
    default:
        return {};
    }
}

} // namespace fieldlink
