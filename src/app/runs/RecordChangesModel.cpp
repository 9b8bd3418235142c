#include "app/runs/RecordChangesModel.h"

#include "app/runs/DndChanges.h"

#include "core/mapping/FieldLabels.h"
#include "core/mapping/ValueText.h"

#include <QJsonArray>

namespace fieldlink {

RecordChangesModel::RecordChangesModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void RecordChangesModel::setRecord(const QJsonObject& diff, const QJsonObject& payload) {
    beginResetModel();
    m_rows.clear();
    const QJsonObject contact = diff.value(QLatin1String("contact")).toObject();
    if (contact.value(QLatin1String("fields")).isArray()) {
        setContactUpdate(contact);
    } else if (!diff.isEmpty()) {
        // A call event's diff nests the action's body ({note: {body: …}}): its fields are the rows.
        QJsonObject befores;
        QJsonObject afters;
        for (auto it = diff.begin(); it != diff.end(); ++it) {
            const QJsonObject change = it.value().toObject();
            if (change.contains(QLatin1String("before")) || change.contains(QLatin1String("after"))) {
                befores.insert(it.key(), change.value(QLatin1String("before")));
                afters.insert(it.key(), change.value(QLatin1String("after")));
            } else {
                afters.insert(it.key(), it.value());
            }
        }
        const QStringList keys =
            mapping::FieldLabels::ordered(befores.keys() + mapping::FieldLabels::keysOf(afters));
        for (const QString& key : keys) {
            m_rows.append({key, mapping::FieldLabels::label(key), mapping::valueText(befores.value(key)),
                           befores.contains(key) ? mapping::valueText(afters.value(key))
                                                 : mapping::FieldLabels::valueText(afters, key)});
        }
    } else {
        for (const QString& key : mapping::FieldLabels::keysOf(payload))
            m_rows.append(
                {key, mapping::FieldLabels::label(key), {}, mapping::FieldLabels::valueText(payload, key)});
    }
    endResetModel();
}

void RecordChangesModel::setContactUpdate(const QJsonObject& update) {
    // ContactUpdateWrite::diff: each field with its label in words, as GHL names it, before → after.
    // A run that did not need to read the contact first has no before: the cell stays empty.
    for (const QJsonValue& item : update.value(QLatin1String("fields")).toArray()) {
        const QJsonObject field = item.toObject();
        const QString target = field.value(QLatin1String("target")).toString();
        const QString label = field.value(QLatin1String("label")).toString();
        m_rows.append({target, label.isEmpty() ? mapping::FieldLabels::label(target) : label,
                       mapping::valueText(field.value(QLatin1String("before"))),
                       mapping::valueText(field.value(QLatin1String("after")))});
    }
    QStringList turnedOn;
    for (const QJsonValue& item : update.value(QLatin1String("dnd")).toArray())
        turnedOn << item.toObject().value(QLatin1String("channel")).toString();
    if (!turnedOn.isEmpty())
        m_rows.append({QStringLiteral("dndSettings"),
                       tr("Do not disturb"),
                       {},
                       tr("On: %1").arg(DndChanges::channelsInWords(turnedOn))});
    QStringList skipped;
    for (const QJsonValue& item : update.value(QLatin1String("dndSkipped")).toArray())
        skipped << item.toString();
    if (!skipped.isEmpty())
        m_rows.append({QStringLiteral("dndSettings"),
                       tr("Do not disturb"),
                       {},
                       tr("Left as it was (skipped): %1").arg(DndChanges::channelsInWords(skipped))});
}

int RecordChangesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordChangesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordChangesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == KeyRole)
        return row.key;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case FieldColumn:
        return role == Qt::ToolTipRole ? tr("%1 (sent as %2)").arg(row.label, row.key) : row.label;
    case BeforeColumn:
        return row.before;
    case AfterColumn:
        return row.after;
    default:
        return {};
    }
}

QVariant RecordChangesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace fieldlink
