#include "app/runs/RequestTraceModel.h"

#include <QJsonDocument>
#include <QLocale>

namespace fieldlink {
namespace {

QString headerLines(const api::HeaderList& headers) {
    QString text;
    for (const auto& [name, value] : headers)
        text += QStringLiteral("  ") + QString::fromLatin1(name) + QStringLiteral(": ") +
                QString::fromUtf8(value) + QLatin1Char('\n');
    return text;
}

// Indented when it is JSON (the APIs' bodies are), as sent otherwise (Kixie's HTML error pages).
QString bodyText(const QByteArray& body) {
    const QJsonDocument json = QJsonDocument::fromJson(body);
    return json.isNull() ? QString::fromUtf8(body) : QString::fromUtf8(json.toJson(QJsonDocument::Indented));
}

QString answerOf(const api::RequestLogEntry& entry) {
    if (entry.status > 0)
        return QString::number(entry.status);
    return RequestTraceModel::tr("no answer (%1)").arg(api::errorClassId(entry.error));
}

} // namespace

RequestTraceModel::RequestTraceModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void RequestTraceModel::setEntries(QList<api::RequestLogEntry> entries) {
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int RequestTraceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RequestTraceModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestTraceModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::RequestLogEntry& entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole)
        return QString(QString::fromLatin1(entry.method) + QLatin1Char(' ') + entry.url);
    if (role == Qt::TextAlignmentRole && (index.column() == LatencyColumn || index.column() == AttemptColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return entry.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case ServiceColumn:
        return api::serviceName(entry.service);
    case OperationColumn:
        return entry.operation;
    case StatusColumn:
        return answerOf(entry);
    case LatencyColumn:
        return tr("%1 ms").arg(entry.latencyMs);
    case AttemptColumn:
        return entry.attempt;
    default:
        return {};
    }
}

QVariant RequestTraceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Sent");
    case ServiceColumn:
        return tr("Service");
    case OperationColumn:
        return tr("Call");
    case StatusColumn:
        return tr("Answer");
    case LatencyColumn:
        return tr("Latency");
    case AttemptColumn:
        return tr("Attempt");
    default:
        return {};
    }
}

QString RequestTraceModel::describe(const api::RequestLogEntry& entry) {
    QString text = QString::fromLatin1(entry.method) + QLatin1Char(' ') + entry.url + QLatin1Char('\n');
    text +=
        tr("Attempt %1, answer %2 after %3 ms").arg(entry.attempt).arg(answerOf(entry)).arg(entry.latencyMs);
    if (!entry.traceId.isEmpty())
        text += tr(", trace id %1").arg(entry.traceId);
    text += QStringLiteral("\n\n") + tr("Request headers (secrets removed):") + QLatin1Char('\n') +
            headerLines(entry.requestHeaders);
    if (!entry.requestBody.isEmpty())
        text += QLatin1Char('\n') + tr("Request body:") + QLatin1Char('\n') + bodyText(entry.requestBody);
    text +=
        QLatin1Char('\n') + tr("Response headers:") + QLatin1Char('\n') + headerLines(entry.responseHeaders);
    if (!entry.responseBody.isEmpty())
        text += QLatin1Char('\n') + tr("Response body:") + QLatin1Char('\n') + bodyText(entry.responseBody);
    return text;
}

} // namespace fieldlink
