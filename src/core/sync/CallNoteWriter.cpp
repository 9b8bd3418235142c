#include "core/sync/CallNoteWriter.h"

#include "core/api/ApiRequest.h"
#include "core/api/GhlClient.h"
#include "core/api/RequestLog.h"
#include "core/sync/StoreProblem.h"

#include <QCoreApplication>

namespace fieldlink::sync {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::CallNoteWriter)
};

const QString noteIdKey = QStringLiteral("noteId");
// Between two events' parts of one note.
const QString partSeparator = QStringLiteral("\n\n");

} // namespace

CallNoteWriter::CallNoteWriter(api::GhlClient* ghl, store::LedgerRepository* ledger, QObject* parent)
    : QObject(parent)
    , m_ghl(ghl)
    , m_ledger(ledger) {
}

QString CallNoteWriter::referenceLine(const QString& externalId, const QString& event) {
    // Not translated: it is a key Fieldlink searches for, and must read the same whatever the language.
    return callReference(externalId) + event + QLatin1Char(']');
}

QString CallNoteWriter::callReference(const QString& externalId) {
    return QStringLiteral("[Fieldlink: Kixie call %1, ").arg(externalId);
}

QString CallNoteWriter::partText(const Part& part) const {
    return part.body.value(QLatin1String("body")).toString() + partSeparator +
           referenceLine(part.externalId, part.event);
}

void CallNoteWriter::write(const Part& part) {
    // The other events of this call that wrote (or tried to write) a note part.
    const Result<QList<store::LedgerEntry>> written = m_ledger->findByTargetPrefix(
        part.inFlight.direction, part.contactId, part.externalId + QLatin1Char('|'));
    if (!written)
        return finish({ActionWrite::Kind::StoreFailed,
                       {},
                       Tr::tr("could not read the ledger: %1").arg(storeProblemInWords(written.error()))});
    QString knownNoteId = part.own ? part.own->payload.value(noteIdKey).toString() : QString();
    bool siblings = false;
    for (const store::LedgerEntry& entry : *written) {
        if (!entry.targetKey.endsWith(QLatin1String("|note")) || entry.targetKey == part.inFlight.targetKey)
            continue;
        siblings = true;
        if (knownNoteId.isEmpty())
            knownNoteId = entry.payload.value(noteIdKey).toString();
    }
    // The common case, the call's first note part never tried before, needs no look at GHL.
    if (!part.own && !siblings)
        return create(part);
    lookInGhl(part, knownNoteId);
}

void CallNoteWriter::lookInGhl(const Part& part, const QString& knownNoteId) {
    const api::RequestSubject subject(m_ghl->queue().log(), part.inFlight.sourceId);
    connect(m_ghl->listNotes(part.contactId), &api::ApiRequest::finished, this,
            [this, part, knownNoteId](const api::ApiResult& result) {
                onNotesListed(part, knownNoteId, result);
            });
}

void CallNoteWriter::onNotesListed(const Part& part, const QString& knownNoteId,
                                   const api::ApiResult& result) {
    if (!result.ok())
        return finish(
            {ActionWrite::Kind::Failed,
             {},
             Tr::tr("Could not check whether this call's note reached GHL: %1").arg(result.message)});
    const QString ownReference = referenceLine(part.externalId, part.event);
    const QString callReference = CallNoteWriter::callReference(part.externalId);
    QJsonObject callNote;
    for (const QJsonValue& value : result.json.toObject().value(QLatin1String("notes")).toArray()) {
        const QJsonObject note = value.toObject();
        const QString body = note.value(QLatin1String("body")).toString();
        const QString id = note.value(QLatin1String("id")).toString();
        // This part got there before (its answer was lost, or the process died before recording it).
        if (body.contains(ownReference))
            return finish({ActionWrite::Kind::AlreadyThere, id, {}});
        const bool known = !knownNoteId.isEmpty() && id == knownNoteId;
        if (known || (callNote.isEmpty() && body.contains(callReference)))
            callNote = note;
    }
    if (callNote.isEmpty())
        return create(part); // the other parts never reached GHL (or their note was deleted)
    append(part, callNote.value(QLatin1String("id")).toString(),
           callNote.value(QLatin1String("body")).toString());
}

bool CallNoteWriter::markInFlight(const Part& part, const QString& noteId) {
    store::LedgerEntry entry = part.inFlight;
    if (!noteId.isEmpty())
        entry.payload.insert(noteIdKey, noteId);
    // Unrecorded, a write whose answer is lost could be sent again: nothing goes out.
    if (const Result<> marked = m_ledger->markInFlight(entry); !marked) {
        finish({ActionWrite::Kind::StoreFailed,
                {},
                Tr::tr("could not record a write before sending it: %1")
                    .arg(storeProblemInWords(marked.error()))});
        return false;
    }
    return true;
}

void CallNoteWriter::create(const Part& part) {
    if (!markInFlight(part, {}))
        return;
    QJsonObject note = part.body;
    note.insert(QStringLiteral("body"), partText(part));
    const api::RequestSubject subject(m_ghl->queue().log(), part.inFlight.sourceId);
    connect(m_ghl->createNote(part.contactId, note), &api::ApiRequest::finished, this,
            [this](const api::ApiResult& result) {
                onSent(ActionWrite::Kind::Created,
                       result.json.toObject()
                           .value(QLatin1String("note"))
                           .toObject()
                           .value(QLatin1String("id"))
                           .toString(),
                       result);
            });
}

void CallNoteWriter::append(const Part& part, const QString& noteId, const QString& existingBody) {
    if (!markInFlight(part, noteId))
        return;
    // The note as GHL holds it now, so an admin's edit in GHL is kept; a repeat of this PUT sends the same.
    const QJsonObject changes{
        {QStringLiteral("body"), QString(existingBody + partSeparator + partText(part))}};
    const api::RequestSubject subject(m_ghl->queue().log(), part.inFlight.sourceId);
    connect(
        m_ghl->updateNote(part.contactId, noteId, changes), &api::ApiRequest::finished, this,
        [this, noteId](const api::ApiResult& result) { onSent(ActionWrite::Kind::Updated, noteId, result); });
}

void CallNoteWriter::onSent(ActionWrite::Kind success, const QString& noteId, const api::ApiResult& result) {
    ActionWrite written;
    written.sent = true;
    written.noteId = noteId;
    if (result.ok())
        written.kind = success;
    else
        written.kind = result.outcomeUnknown ? ActionWrite::Kind::Unknown : ActionWrite::Kind::Failed;
    written.message = result.message;
    written.attempts = result.attempts;
    finish(written);
}

void CallNoteWriter::finish(ActionWrite result) {
    Q_EMIT written(result);
}

} // namespace fieldlink::sync
