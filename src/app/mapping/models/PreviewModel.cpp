#include "app/mapping/models/PreviewModel.h"

#include "app/common/CheckResultModel.h"
#include "core/mapping/FieldPath.h"

#include <QJsonDocument>

namespace fieldlink {

PreviewModel::PreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void PreviewModel::setResults(const QList<QJsonObject>& samples,
                              const QList<mapping::MappedRecord>& records) {
    const bool sameRows = samples.size() == m_samples.size() && records.size() == m_records.size();
    if (!sameRows)
        beginResetModel();
    m_samples = samples;
    m_records = records;
    if (!sameRows)
        endResetModel();
    else if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int PreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PreviewModel::statusText(mapping::MappedRecord::Status status) {
    switch (status) {
    case mapping::MappedRecord::Status::Mapped:
        return tr("Mapped");
    case mapping::MappedRecord::Status::Skipped:
        return tr("Skipped");
    case mapping::MappedRecord::Status::Failed:
        return tr("Failed");
    }
    return {};
}

QString PreviewModel::recordLabel(const QJsonObject& sample, const QString& sourceId) {
    const QString full = sample.value(QLatin1String("firstName")).toString() + QLatin1Char(' ') +
                         sample.value(QLatin1String("lastName")).toString();
    const QString name = full.trimmed();
    if (!name.isEmpty())
        return name;
    // A Kixie webhook: its event and the customer's phone, read the way the engine reads any event shape.
    if (sample.value(QLatin1String("data")).isObject()) {
        static const mapping::FieldPath event(QStringLiteral("event"));
        static const mapping::FieldPath phone(QStringLiteral("customerPhone"));
        return tr("%1 call, %2").arg(event.read(sample).toString(), phone.read(sample).toString());
    }
    return sourceId.isEmpty() ? tr("(no id)") : sourceId;
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const mapping::MappedRecord& record = m_records.at(index.row());
    if (role == StatusRole)
        return static_cast<int>(record.status);
    if (role == Qt::DecorationRole && index.column() == StatusColumn) {
        bool warned = false;
        for (const mapping::Diagnostic& diagnostic : record.diagnostics)
            warned = warned || diagnostic.severity != mapping::Severity::Info;
        return CheckResultModel::iconFor(record.status == mapping::MappedRecord::Status::Failed
                                             ? api::CheckLine::State::Failed
                                         : record.status == mapping::MappedRecord::Status::Skipped || warned
                                             ? api::CheckLine::State::Warning
                                             : api::CheckLine::State::Passed);
    }
    if (role == Qt::ToolTipRole && index.column() == RecordColumn)
        return QString::fromUtf8(QJsonDocument(m_samples.at(index.row())).toJson(QJsonDocument::Indented));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RecordColumn:
        return recordLabel(m_samples.at(index.row()), record.sourceId);
    case StatusColumn:
        return statusText(record.status);
    case RouteColumn:
        return record.route;
    case PayloadColumn:
        return record.payload.isEmpty()
                   ? tr("(nothing is sent)")
                   : QString::fromUtf8(QJsonDocument(record.payload).toJson(QJsonDocument::Compact));
    case ProblemsColumn: {
        QStringList codes;
        for (const mapping::Diagnostic& diagnostic : record.diagnostics) {
            if (!codes.contains(diagnostic.code))
                codes << diagnostic.code;
        }
        return codes.join(QLatin1String(", "));
    }
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn:
        return tr("Sample record");
    case StatusColumn:
        return tr("Result");
    case RouteColumn:
        return tr("Route");
    case PayloadColumn:
        return tr("Would send");
    case ProblemsColumn:
        return tr("Problems");
    default:
        return {};
    }
}

} // namespace fieldlink
