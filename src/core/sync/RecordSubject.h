#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace fieldlink::sync {

/// Who or what a run record is about, as the admin knows it: a contact by name and phone, a call by its
/// contact, number, time and agent. Kept with the record (run_records.subject) so that Test Sync, History,
/// the conflict review and the exports name records by it; the ids stay in the detail. A record stored
/// before subjects were kept has none: it is named by its id.
struct RecordSubject {
    enum class Kind { None, Contact, Call };

    Kind kind = Kind::None;
    QString name;   ///< the contact's name (a call: the contact called or calling)
    QString phone;  ///< E.164, as sent; formatted for display by displayPhone()
    QDateTime time; ///< a call: when it was made
    QString agent;  ///< a call: the Kixie agent's name (or email)

    bool isEmpty() const { return kind == Kind::None; }

    /// A HighLevel contact as the GHL API returns it (firstName, lastName or contactName, phone).
    static RecordSubject ofContact(const QJsonObject& contact);
    /// A Kixie call event (its contact, the customer's number, the call date and the agent).
    static RecordSubject ofCall(const QJsonObject& event);

    QJsonObject toJson() const;
    static RecordSubject fromJson(const QJsonObject& json);

    /// "Ana Lima · +1 415-555-2671"; a call "Ana Lima · +1 415-555-2671 · 3 Dec 2026 09:15 · Sam Agent".
    /// Falls back to `sourceId` when there is nothing to name the record by.
    QString displayName(const QString& sourceId) const;
    /// `e164` in its international form ("+1 415-555-2671"); the text itself when it is not a number.
    static QString displayPhone(const QString& e164);
};

} // namespace fieldlink::sync
