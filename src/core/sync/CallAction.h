#pragma once

#include "core/store/LedgerRepository.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace fieldlink::sync {

/// One GHL action (note, task, tags) that one event of a Kixie call causes on one contact.
struct CallAction {
    QString contactId;
    QString externalId;                    ///< the call's id, shared by all its events
    QString event;                         ///< endcall, disposition…
    QString name;                          ///< note, task, tags
    QJsonObject body;                      ///< what the profile mapped it to
    store::LedgerEntry inFlight;           ///< its ledger entry, to mark in flight before sending
    std::optional<store::LedgerEntry> own; ///< what the ledger already holds for it (never done)
};

/// How writing a CallAction ended.
struct ActionWrite {
    enum class Kind {
        Created,      ///< sent and done (for a note: the call's note made)
        Updated,      ///< a note part added to the note an earlier event of the call made
        AlreadyThere, ///< an earlier attempt of unknown outcome did reach GHL: nothing sent
        Failed,       ///< GHL refused, or the check before sending failed
        Unknown,      ///< sent, but whether it arrived cannot be told (checked before it is ever sent again)
        StoreFailed,  ///< the ledger could not be read or written: nothing was sent
    };
    Kind kind = Kind::Failed;
    QString noteId;
    QString message;
    bool sent = false; ///< a write went to GHL, so a refused one leaves an entry to remove
    int attempts = 0;  ///< requests the write took, retries included (the record's Attempts)
};

} // namespace fieldlink::sync

Q_DECLARE_METATYPE(fieldlink::sync::ActionWrite)
