#include "core/sync/RecordSubject.h"

#include "core/mapping/FieldPath.h"
#include "core/mapping/ValueText.h"

#include <QLocale>
#include <QStringList>

#include <phonenumbers/phonenumberutil.h>

namespace fieldlink::sync {
namespace {

QString read(const QJsonObject& record, const QString& path) {
    return mapping::valueText(mapping::FieldPath(path).read(record)).trimmed();
}

QString joined(const QString& first, const QString& last) {
    return QStringList{first, last}.join(QLatin1Char(' ')).trimmed();
}

QString kindName(RecordSubject::Kind kind) {
    switch (kind) {
    case RecordSubject::Kind::Contact:
        return QStringLiteral("contact");
    case RecordSubject::Kind::Call:
        return QStringLiteral("call");
    case RecordSubject::Kind::None:
        break;
    }
    return {};
}

} // namespace

RecordSubject RecordSubject::ofContact(const QJsonObject& contact) {
    RecordSubject subject;
    subject.kind = Kind::Contact;
    subject.name =
        joined(read(contact, QStringLiteral("firstName")), read(contact, QStringLiteral("lastName")));
    if (subject.name.isEmpty())
        subject.name = read(contact, QStringLiteral("contactName"));
    if (subject.name.isEmpty()) // a contact with no name is still known by its email
        subject.name = read(contact, QStringLiteral("email"));
    subject.phone = read(contact, QStringLiteral("phone"));
    return subject;
}

RecordSubject RecordSubject::ofCall(const QJsonObject& event) {
    RecordSubject subject;
    subject.kind = Kind::Call;
    // A disposition names the PowerList row's contact; an endcall names no contact at all.
    subject.name = joined(read(event, QStringLiteral("data.powerlistContactDetails.result.firstName")),
                          read(event, QStringLiteral("data.powerlistContactDetails.result.lastName")));
    subject.phone = read(event, QStringLiteral("customerPhone"));
    const QString date = read(event, QStringLiteral("data.callDetails.calldate"));
    subject.time = QDateTime::fromString(date, Qt::ISODate);
    if (!subject.time.isValid()) // Kixie writes "2026-12-03 09:15:00"
        subject.time = QDateTime::fromString(date, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    subject.agent = joined(read(event, QStringLiteral("data.callDetails.fname")),
                           read(event, QStringLiteral("data.callDetails.lname")));
    if (subject.agent.isEmpty())
        subject.agent = read(event, QStringLiteral("data.callDetails.email"));
    return subject;
}

QJsonObject RecordSubject::toJson() const {
    if (kind == Kind::None)
        return {};
    QJsonObject json{{QStringLiteral("kind"), kindName(kind)}};
    const auto add = [&json](const QString& key, const QString& value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    add(QStringLiteral("name"), name);
    add(QStringLiteral("phone"), phone);
    add(QStringLiteral("time"), time.isValid() ? time.toString(Qt::ISODate) : QString());
    add(QStringLiteral("agent"), agent);
    return json;
}

RecordSubject RecordSubject::fromJson(const QJsonObject& json) {
    RecordSubject subject;
    const QString kind = json.value(QLatin1String("kind")).toString();
    subject.kind = kind == kindName(Kind::Contact) ? Kind::Contact
                   : kind == kindName(Kind::Call)  ? Kind::Call
                                                   : Kind::None;
    if (subject.kind == Kind::None)
        return subject;
    subject.name = json.value(QLatin1String("name")).toString();
    subject.phone = json.value(QLatin1String("phone")).toString();
    subject.time = QDateTime::fromString(json.value(QLatin1String("time")).toString(), Qt::ISODate);
    subject.agent = json.value(QLatin1String("agent")).toString();
    return subject;
}

QString RecordSubject::displayPhone(const QString& e164) {
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (e164.isEmpty() || util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

QString RecordSubject::displayName(const QString& sourceId) const {
    QStringList parts;
    for (const QString& part :
         {name, displayPhone(phone),
          time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString(), agent}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.isEmpty() ? sourceId : parts.join(QStringLiteral(" · "));
}

} // namespace fieldlink::sync
