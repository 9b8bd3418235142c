#pragma once

#include "core/sync/CallAction.h"

#include <QObject>

namespace fieldlink::api {
class GhlClient;
struct ApiResult;
} // namespace fieldlink::api

namespace fieldlink::sync {

/// One note per call: the first event of a call that writes a note creates it; a later event of the same
/// call (a disposition after its endcall, or the other way round) appends its text to that note through
/// GHL's note update instead of adding a second one. Every part ends with its own reference line, so a
/// write of unknown outcome is told apart, part by part, by reading the note back before anything is sent
/// again. The note's id is kept in the ledger entry's payload; when it is not known (an entry from an older
/// version), the note is found by the call's reference lines.
class CallNoteWriter : public QObject {
    Q_OBJECT
public:
    using Part = CallAction;

    CallNoteWriter(api::GhlClient* ghl, store::LedgerRepository* ledger, QObject* parent = nullptr);

    /// Writes one part; emits written() once, from the event loop or at once.
    void write(const Part& part);

    /// The line Fieldlink appends to a note or task body to find it again: unique per call and event.
    static QString referenceLine(const QString& externalId, const QString& event);
    /// What every reference line of one call starts with.
    static QString callReference(const QString& externalId);

Q_SIGNALS:
    void written(const fieldlink::sync::ActionWrite& result);

private:
    void lookInGhl(const Part& part, const QString& knownNoteId);
    void onNotesListed(const Part& part, const QString& knownNoteId, const api::ApiResult& result);
    void create(const Part& part);
    void append(const Part& part, const QString& noteId, const QString& existingBody);
    void onSent(ActionWrite::Kind success, const QString& noteId, const api::ApiResult& result);
    QString partText(const Part& part) const;
    bool markInFlight(const Part& part, const QString& noteId);
    void finish(ActionWrite result);

    api::GhlClient* m_ghl;
    store::LedgerRepository* m_ledger;
};

} // namespace fieldlink::sync
