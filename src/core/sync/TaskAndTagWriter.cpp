#include "core/sync/TaskAndTagWriter.h"

#include "core/api/ApiRequest.h"
#include "core/api/GhlClient.h"
#include "core/api/RequestLog.h"
#include "core/sync/CallNoteWriter.h"
#include "core/sync/StoreProblem.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace fieldlink::sync {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::TaskAndTagWriter)
};
} // namespace

TaskAndTagWriter::TaskAndTagWriter(api::GhlClient* ghl, store::LedgerRepository* ledger, QObject* parent)
    : QObject(parent)
    , m_ghl(ghl)
    , m_ledger(ledger) {
}

void TaskAndTagWriter::write(const CallAction& action) {
    if (!action.own || action.name != QLatin1String("task"))
        return send(action);
    // An earlier attempt may have created the task (the process died, or the answer was lost): look first.
    const api::RequestSubject subject(m_ghl->queue().log(), action.inFlight.sourceId);
    connect(m_ghl->listTasks(action.contactId), &api::ApiRequest::finished, this,
            [this, action](const api::ApiResult& result) { onTasksListed(action, result); });
}

void TaskAndTagWriter::onTasksListed(const CallAction& action, const api::ApiResult& result) {
    if (!result.ok())
        return Q_EMIT written({ActionWrite::Kind::Failed,
                               {},
                               Tr::tr("Could not check whether the earlier %1 reached GHL: %2")
                                   .arg(action.name, result.message),
                               false});
    const QString reference = CallNoteWriter::referenceLine(action.externalId, action.event);
    const QJsonArray existing = result.json.toObject().value(QLatin1String("tasks")).toArray();
    const bool found = std::any_of(existing.begin(), existing.end(), [&reference](const QJsonValue& item) {
        return item.toObject().value(QLatin1String("body")).toString().contains(reference);
    });
    if (found)
        return Q_EMIT written({ActionWrite::Kind::AlreadyThere, {}, {}, false});
    send(action);
}

void TaskAndTagWriter::send(const CallAction& action) {
    // Unrecorded, a write whose answer is lost could be sent again: nothing goes out.
    if (const Result<> marked = m_ledger->markInFlight(action.inFlight); !marked)
        return Q_EMIT written({ActionWrite::Kind::StoreFailed,
                               {},
                               Tr::tr("could not record a write before sending it: %1")
                                   .arg(storeProblemInWords(marked.error())),
                               false});
    const api::RequestSubject subject(m_ghl->queue().log(), action.inFlight.sourceId);
    api::ApiRequest* request = nullptr;
    if (action.name == QLatin1String("task")) {
        QJsonObject task = action.body;
        task.insert(QStringLiteral("body"),
                    QString(task.value(QLatin1String("body")).toString() + QStringLiteral("\n\n") +
                            CallNoteWriter::referenceLine(action.externalId, action.event)));
        task.insert(QStringLiteral("completed"), false);
        request = m_ghl->createTask(action.contactId, task);
    } else {
        QStringList tags;
        for (const QJsonValue& tag : action.body.value(QLatin1String("add")).toArray())
            tags << tag.toString();
        request = m_ghl->addTags(action.contactId, tags);
    }
    connect(request, &api::ApiRequest::finished, this, [this](const api::ApiResult& result) {
        const ActionWrite::Kind kind = result.ok()             ? ActionWrite::Kind::Created
                                       : result.outcomeUnknown ? ActionWrite::Kind::Unknown
                                                               : ActionWrite::Kind::Failed;
        Q_EMIT written({kind, {}, result.ok() ? QString() : result.message, true, result.attempts});
    });
}

} // namespace fieldlink::sync
