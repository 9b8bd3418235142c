#include "app/mapping/models/RecordComparisonModel.h"

#include "app/common/CheckResultModel.h"
#include "app/mapping/models/RuleTableModel.h"
#include "core/mapping/FieldLabels.h"
#include "core/mapping/ValueText.h"

#include <QJsonDocument>

namespace fieldlink {
namespace {

QString shown(const QJsonValue& value) {
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isObject() || value.isArray())
        return QString::fromUtf8(value.isObject()
                                     ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return mapping::valueText(value);
}

} // namespace

RecordComparisonModel::RecordComparisonModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

QJsonValue RecordComparisonModel::payloadValue(const QJsonObject& payload, const QString& target) {
    if (payload.contains(target))
        return payload.value(target);
    const qsizetype dot = target.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return {};
    return payloadValue(payload.value(target.left(dot)).toObject(), target.mid(dot + 1));
}

void RecordComparisonModel::setRecord(const QJsonArray& rules, const QJsonObject& sample,
                                      const mapping::MappedRecord& mapped,
                                      const mapping::CustomFieldDirectory& customFields) {
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue& value : rules) {
        const QJsonObject rule = value.toObject();
        Row row;
        row.target = rule.value(QLatin1String("target")).toString();
        QStringList before;
        for (const QString& source : RuleTableModel::sourcesOf(rule)) {
            const QString key = mapping::FieldPath::customFieldKey(source);
            const auto* definition = key.isEmpty() ? nullptr : customFields.byKey(key);
            const QString text =
                shown(mapping::FieldPath(source, definition ? definition->id : QString()).read(sample));
            before << (text.isEmpty() ? tr("(empty)") : text);
        }
        row.before = before.join(QStringLiteral(" | "));
        row.after = shown(payloadValue(mapped.payload, row.target));
        QStringList problems;
        for (const mapping::Diagnostic& diagnostic : mapped.diagnostics) {
            if (diagnostic.target != row.target || row.target.isEmpty())
                continue;
            problems << diagnostic.code + QStringLiteral(": ") + diagnostic.message;
            row.severity = std::max(row.severity, static_cast<int>(diagnostic.severity));
        }
        row.problem = problems.join(QLatin1Char('\n'));
        m_rows.append(row);
    }
    endResetModel();
}

void RecordComparisonModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int RecordComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordComparisonModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == SeverityRole)
        return row.severity;
    if (role == Qt::DecorationRole && index.column() == ProblemColumn && row.severity >= 0)
        return CheckResultModel::iconFor(row.severity == static_cast<int>(mapping::Severity::Error)
                                             ? api::CheckLine::State::Failed
                                             : api::CheckLine::State::Warning);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TargetColumn:
        // The label the admin knows; the key in the tooltip.
        return role == Qt::ToolTipRole ? row.target : mapping::FieldLabels::label(row.target);
    case BeforeColumn:
        return row.before;
    case AfterColumn:
        return row.after.isEmpty() ? tr("(not sent)") : row.after;
    case ProblemColumn:
        return role == Qt::DisplayRole ? row.problem.section(QLatin1Char('\n'), 0, 0) : row.problem;
    default:
        return {};
    }
}

QVariant RecordComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case BeforeColumn:
        return tr("Before (source)");
    case AfterColumn:
        return tr("After (sent)");
    case ProblemColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace fieldlink
