#include "cli/InboxCommand.h"

#include "cli/CommandLine.h"
#include "core/store/Database.h"
#include "core/store/WebhookInbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fieldlink::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::cli)
};

// Enough of a body to recognise it; the whole of it stays in the database.
constexpr qsizetype shownBytes = 200;
constexpr int shownDeliveries = 20;

QString bodyStart(const QByteArray& body) {
    QString text = QString::fromUtf8(body.left(shownBytes)).simplified();
    if (body.size() > shownBytes)
        text += QStringLiteral("…");
    return text;
}

} // namespace

int printInbox(const QString& databasePath, bool json, QTextStream& out, QTextStream& err) {
    store::Database database;
    if (const Result<> opened = database.open(databasePath, QStringLiteral("inbox-report")); !opened) {
        err << Tr::tr("fieldlink-cli: %1").arg(opened.error()) << '\n';
        return UsageError;
    }
    store::WebhookInbox inbox(database.connection());
    const Result<store::InboxCounts> counts = inbox.counts();
    const Result<QList<store::InboxDelivery>> malformed = inbox.malformed(shownDeliveries);
    if (!counts || !malformed) {
        err << Tr::tr("fieldlink-cli: could not read the webhook inbox: %1")
                   .arg(counts ? malformed.error() : counts.error())
            << '\n';
        return Failed;
    }
    if (json) {
        QJsonArray kept;
        for (const store::InboxDelivery& delivery : *malformed)
            kept.append(QJsonObject{{QStringLiteral("id"), delivery.id},
                                    {QStringLiteral("receivedAt"), delivery.receivedAt.toString(Qt::ISODate)},
                                    {QStringLiteral("reason"), delivery.error},
                                    {QStringLiteral("start"), bodyStart(delivery.body)}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("pending"), counts->pending},
                                         {QStringLiteral("done"), counts->done},
                                         {QStringLiteral("malformed"), counts->malformed},
                                         {QStringLiteral("malformedDeliveries"), kept}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return Success;
    }
    out << Tr::tr("Webhook inbox: %1 pending, %2 processed, %3 malformed")
               .arg(counts->pending)
               .arg(counts->done)
               .arg(counts->malformed)
        << '\n';
    if (!malformed->isEmpty())
        out << Tr::tr("Newest malformed deliveries (kept, never processed):") << '\n';
    for (const store::InboxDelivery& delivery : *malformed)
        out << Tr::tr("  #%1 %2: %3\n      %4")
                   .arg(delivery.id)
                   .arg(delivery.receivedAt.toLocalTime().toString(Qt::ISODate), delivery.error,
                        bodyStart(delivery.body))
            << '\n';
    return Success;
}

} // namespace fieldlink::cli
