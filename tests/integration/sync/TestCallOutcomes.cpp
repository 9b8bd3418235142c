// Call outcomes on the GHL contact itself, against the sandbox over HTTP: the last-call custom fields follow
// the newest call whatever order deliveries come in, the call counter counts each call once through
// duplicates, replays and kill -9, a do-not-call disposition turns on do-not-disturb that later calls never
// lift, and a profile naming a custom field the location lacks is refused before anything is sent.
#include "EventRuns.h"
#include "support/KixieEvents.h"
#include "support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace fieldlink;
using namespace fieldlink::sync;
using namespace fieldlink::test;

namespace {

const QString endcall = QStringLiteral("endcall");
const QString disposition = QStringLiteral("disposition");
const QDateTime firstCall = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

struct Call {
    QString id;
    QDateTime at;
    QString disposition;
};

/// A Kixie event of `call` for the contact, with the call's own date.
QJsonObject eventOf(const Call& call, const QString& event, const QString& contactId, const QString& phone) {
    QJsonObject body = kixieCallEvent(call.id, event, contactId, phone, call.disposition);
    QJsonObject data = body.value(QLatin1String("data")).toObject();
    QJsonObject details = data.value(QLatin1String("callDetails")).toObject();
    details.insert(QStringLiteral("calldate"), call.at.toString(Qt::ISODateWithMs));
    data.insert(QStringLiteral("callDetails"), details);
    body.insert(QStringLiteral("data"), data);
    return body;
}

/// The location's custom field ids by key.
QHash<QString, QString> customFieldIds(SandboxFixture& sandbox) {
    QHash<QString, QString> ids;
    const QJsonValue body =
        sandbox.probe()
            .ghl("GET", QStringLiteral("/locations/%1/customFields").arg(sandbox.locationId()))
            .json();
    for (const QJsonValue& field : at(body, "customFields").toArray())
        ids.insert(at(field, "fieldKey").toString(), at(field, "id").toString());
    return ids;
}

QJsonObject contactOf(SandboxFixture& sandbox, const QString& id) {
    return at(sandbox.probe().ghl("GET", QStringLiteral("/contacts/%1").arg(id)).json(), "contact")
        .toObject();
}

QJsonValue customValue(const QJsonObject& contact, const QString& fieldId) {
    for (const QJsonValue& field : contact.value(QLatin1String("customFields")).toArray()) {
        if (at(field, "id").toString() == fieldId)
            return at(field, "value");
    }
    return {};
}

QString dndStatus(const QJsonObject& contact, const char* channel) {
    const QByteArray path = QByteArray("dndSettings.") + channel + ".status";
    return at(contact, path.constData()).toString();
}

/// Three calls for each contact, an hour apart, each with its endcall and disposition.
QHash<QString, QList<Call>> callsFor(const QList<std::pair<QString, QString>>& contacts,
                                     const QString& prefix, int perContact) {
    const QStringList outcomes{QStringLiteral("Answered"), QStringLiteral("Left Voicemail"),
                               QStringLiteral("Not Interested"), QStringLiteral("Appointment Set")};
    QHash<QString, QList<Call>> calls;
    for (qsizetype c = 0; c < contacts.size(); ++c) {
        for (int k = 0; k < perContact; ++k)
            calls[contacts[c].first].append({QStringLiteral("%1-%2-%3").arg(prefix).arg(c).arg(k),
                                             firstCall.addSecs(3600 * k + 60 * c),
                                             outcomes.at((c + k) % outcomes.size())});
    }
    return calls;
}

/// Every event of every call twice, in an order shuffled by `seed`.
QList<QJsonObject> shuffledTwice(const QList<std::pair<QString, QString>>& contacts,
                                 const QHash<QString, QList<Call>>& calls, quint32 seed) {
    QList<QJsonObject> events;
    for (const auto& [id, phone] : contacts) {
        for (const Call& call : calls.value(id)) {
            for (int copy = 0; copy < 2; ++copy)
                events << eventOf(call, endcall, id, phone) << eventOf(call, disposition, id, phone);
        }
    }
    QRandomGenerator random(seed);
    std::shuffle(events.begin(), events.end(), random);
    return events;
}

/// Seeded contacts with a US phone, no notes, and a phone and email no other contact has: GHL refuses to
/// update a contact that duplicates another one when the location does not allow duplicates. {id, phone}.
QList<std::pair<QString, QString>> distinctContacts(SandboxFixture& sandbox, int count) {
    const QJsonArray all = at(sandbox.probe().state(), "ghl.contacts").toArray();
    QHash<QString, int> seen;
    for (const QJsonValue& contact : all) {
        ++seen[at(contact, "phone").toString()];
        ++seen[at(contact, "email").toString().toLower()];
    }
    QList<std::pair<QString, QString>> found;
    for (const QJsonValue& contact : all) {
        const QString phone = at(contact, "phone").toString();
        const QString email = at(contact, "email").toString().toLower();
        if (phone.startsWith(QLatin1String("+1")) && at(contact, "notes").toArray().isEmpty() &&
            seen.value(phone) == 1 && (email.isEmpty() || seen.value(email) == 1) && found.size() < count)
            found.append({at(contact, "id").toString(), phone});
    }
    return found;
}

/// The diagnostics of a database's records, for checking what a record says.
QString recordDiagnostics(const QString& path) {
    QStringList texts;
    {
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("diagnostics"));
        database.setDatabaseName(path);
        if (database.open()) {
            QSqlQuery query(QStringLiteral("SELECT diagnostics FROM run_records"), database);
            while (query.next())
                texts << query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("diagnostics"));
    return texts.join(QLatin1Char('\n'));
}

/// The errors of a database's failed records, for a failing check's message.
QString failures(const QString& path) {
    QStringList errors;
    {
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("failures"));
        database.setDatabaseName(path);
        if (database.open()) {
            QSqlQuery query(
                QStringLiteral("SELECT source_id, error FROM run_records WHERE action = 'failed'"), database);
            while (query.next())
                errors << query.value(0).toString() + QStringLiteral(": ") + query.value(1).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("failures"));
    return errors.join(QLatin1Char('\n'));
}

} // namespace

class TestCallOutcomes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void shuffledDuplicatedDeliveriesEndAtTheNewestCall();
    void doNotCallSetsDndThatLaterCallsKeep();
    void dryRunShowsEachChange();
    void aMissingCustomFieldIsRefusedBeforeAnythingIsSent();
    void killedMidRunThenRerunEndsTheSame();
    void aDefaultRouteRunsItsActions();
    void askingBeforeDndWaitsForTheAnswer();

private:
    /// Every contact's last-call fields equal its newest call, its counter its number of calls.
    void verifyNewestCallWon(SandboxFixture& sandbox, const QHash<QString, QList<Call>>& calls);

    QTemporaryDir m_dir;
};

void TestCallOutcomes::verifyNewestCallWon(SandboxFixture& sandbox,
                                           const QHash<QString, QList<Call>>& calls) {
    const QHash<QString, QString> ids = customFieldIds(sandbox);
    QVERIFY(ids.contains(QStringLiteral("contact.last_call_outcome")));
    for (auto it = calls.cbegin(); it != calls.cend(); ++it) {
        const QJsonObject contact = contactOf(sandbox, it.key());
        const Call newest = *std::max_element(it->begin(), it->end(),
                                              [](const Call& a, const Call& b) { return a.at < b.at; });
        QCOMPARE(customValue(contact, ids.value(QStringLiteral("contact.last_call_outcome"))).toString(),
                 newest.disposition);
        QCOMPARE(customValue(contact, ids.value(QStringLiteral("contact.last_call_date"))).toString(),
                 newest.at.date().toString(Qt::ISODate));
        QCOMPARE(customValue(contact, ids.value(QStringLiteral("contact.last_call_agent"))).toString(),
                 QStringLiteral("Alex Rivera"));
        // Typed by the field's data type: a number, not text.
        QCOMPARE(customValue(contact, ids.value(QStringLiteral("contact.last_call_duration"))).toDouble(),
                 125.0);
        const QJsonValue count = customValue(contact, ids.value(QStringLiteral("contact.kixie_call_count")));
        QVERIFY(count.isDouble());
        QCOMPARE(count.toInt(), int(it->size()));
    }
}

void TestCallOutcomes::shuffledDuplicatedDeliveriesEndAtTheNewestCall() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    QVERIFY(sandbox.started());
    const auto contacts = distinctContacts(sandbox, 3);
    QVERIFY(contacts.size() >= 2);
    const auto calls = callsFor(contacts, QStringLiteral("order"), 3);
    const QString database = m_dir.filePath(QStringLiteral("order.sqlite"));
    const EventOutcome outcome = runEventJob(eventJob(sandbox, database, shuffledTwice(contacts, calls, 18)));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY2(outcome.counts.failed == 0, qPrintable(failures(database)));
    // Each call's disposition updated its contact once, or was found older than what the contact holds.
    QVERIFY(outcome.counts.contactUpdates <= 3 * contacts.size());
    QVERIFY(outcome.counts.keptNewer > 0); // the shuffle did deliver older calls after newer ones
    verifyNewestCallWon(sandbox, calls);

    // Replaying everything, in another order, changes nothing and counts nothing again.
    const EventOutcome replay = runEventJob(eventJob(sandbox, database, shuffledTwice(contacts, calls, 81)));
    QVERIFY2(replay.ok, qPrintable(replay.message));
    QCOMPARE(replay.counts.contactUpdates, 0);
    verifyNewestCallWon(sandbox, calls);
}

void TestCallOutcomes::doNotCallSetsDndThatLaterCallsKeep() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    QVERIFY(sandbox.started());
    const auto contacts = distinctContacts(sandbox, 1);
    QCOMPARE(contacts.size(), 1);
    const auto& [id, phone] = contacts.first();
    // The admin had set do-not-disturb for email: Fieldlink keeps it.
    QCOMPARE(
        sandbox.probe()
            .ghl("PUT", QStringLiteral("/contacts/%1").arg(id),
                 jsonObject(R"({"dndSettings":{"Email":{"status":"active","message":"asked by email"}}})"))
            .status,
        200);
    const QString database = m_dir.filePath(QStringLiteral("dnd.sqlite"));
    const Call doNotCall{QStringLiteral("dnd-1"), firstCall, QStringLiteral("Do Not Call")};
    const Call answered{QStringLiteral("dnd-2"), firstCall.addDays(1), QStringLiteral("Answered")};
    // Headless, as the CLI and watch mode run: never asks, sets it as mapped.
    int asked = 0;
    const EventOutcome first = runEventJob(
        eventJob(sandbox, database,
                 {eventOf(doNotCall, disposition, id, phone), eventOf(answered, disposition, id, phone)}),
        [&asked](EventWorker& worker) {
            QObject::connect(&worker, &EventWorker::dndApprovalNeeded, &worker, [&asked] { ++asked; });
        });
    QVERIFY2(first.ok, qPrintable(first.message));
    QCOMPARE(asked, 0);
    QCOMPARE(first.counts.dndSet, 2);
    QJsonObject contact = contactOf(sandbox, id);
    QCOMPARE(dndStatus(contact, "Call"), QStringLiteral("active"));
    QCOMPARE(dndStatus(contact, "SMS"), QStringLiteral("active"));
    QVERIFY(at(contact, "dndSettings.Call.message").toString().contains(QStringLiteral("dnd-1")));
    QCOMPARE(at(contact, "dndSettings.Email.message").toString(), QStringLiteral("asked by email"));
    QVERIFY(!contact.value(QLatin1String("dndSettings")).toObject().contains(QLatin1String("WhatsApp")));

    // A later answered call, in a later run, leaves it on.
    const Call later{QStringLiteral("dnd-3"), firstCall.addDays(2), QStringLiteral("Answered")};
    const EventOutcome second =
        runEventJob(eventJob(sandbox, database, {eventOf(later, disposition, id, phone)}));
    QVERIFY2(second.ok, qPrintable(second.message));
    QCOMPARE(second.counts.dndSet, 0);
    contact = contactOf(sandbox, id);
    QCOMPARE(dndStatus(contact, "Call"), QStringLiteral("active"));
    QCOMPARE(dndStatus(contact, "SMS"), QStringLiteral("active"));
    const QHash<QString, QString> ids = customFieldIds(sandbox);
    QCOMPARE(customValue(contact, ids.value(QStringLiteral("contact.last_call_outcome"))).toString(),
             QStringLiteral("Answered"));
    QCOMPARE(customValue(contact, ids.value(QStringLiteral("contact.kixie_call_count"))).toInt(), 3);
}

void TestCallOutcomes::dryRunShowsEachChange() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    QVERIFY(sandbox.started());
    const auto contacts = distinctContacts(sandbox, 1);
    const auto& [id, phone] = contacts.first();
    const QJsonObject before = contactOf(sandbox, id);
    EventJob job = eventJob(
        sandbox, m_dir.filePath(QStringLiteral("dry.sqlite")),
        {eventOf({QStringLiteral("dry-1"), firstCall, QStringLiteral("DNC")}, disposition, id, phone)});
    job.dryRun = true;
    const EventOutcome outcome = runEventJob(job);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    const QString lines = outcome.plannedChanges.join(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QStringLiteral("Last call outcome: (empty) → \"DNC\"")), qPrintable(lines));
    QVERIFY2(lines.contains(QStringLiteral("Kixie calls: (empty) → \"1\"")), qPrintable(lines));
    // Each do-not-disturb channel on its own line.
    QCOMPARE(outcome.plannedChanges.filter(QStringLiteral("do-not-disturb for Call")).size(), 1);
    QCOMPARE(outcome.plannedChanges.filter(QStringLiteral("do-not-disturb for SMS")).size(), 1);
    QCOMPARE(contactOf(sandbox, id).value(QLatin1String("customFields")),
             before.value(QLatin1String("customFields")));
    QVERIFY(dndStatus(contactOf(sandbox, id), "Call").isEmpty());
}

void TestCallOutcomes::aMissingCustomFieldIsRefusedBeforeAnythingIsSent() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    QVERIFY(sandbox.started());
    const auto contacts = distinctContacts(sandbox, 1);
    const auto& [id, phone] = contacts.first();
    QFile shipped(QStringLiteral(":/profiles/kixie-calls-to-ghl.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QJsonObject profile = QJsonDocument::fromJson(shipped.readAll()).object();
    QJsonArray rules = profile.value(QLatin1String("rules")).toArray();
    rules.append(
        jsonObject(R"({"target":"update.customFields.contact.favourite_colour","source":"disposition"})"));
    profile.insert(QStringLiteral("rules"), rules);
    const QString path = m_dir.filePath(QStringLiteral("missing-field.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(profile).toJson());
    file.close();
    const EventOutcome outcome =
        runEventJob(eventJob(sandbox, m_dir.filePath(QStringLiteral("missing.sqlite")),
                             {eventOf({QStringLiteral("missing-1"), firstCall, QStringLiteral("Answered")},
                                      disposition, id, phone)},
                             path));
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(QStringLiteral("contact.favourite_colour")),
             qPrintable(outcome.message));
    QVERIFY(outcome.message.contains(QStringLiteral("FL-MAP-036")));
    QCOMPARE(outcome.ghlCalls, 1); // the custom fields read, nothing else
    QVERIFY(notesOf(sandbox, id).isEmpty());
}

void TestCallOutcomes::killedMidRunThenRerunEndsTheSame() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    QVERIFY(sandbox.started());
    const auto contacts = distinctContacts(sandbox, 3);
    QVERIFY(contacts.size() >= 2);
    const auto calls = callsFor(contacts, QStringLiteral("kill"), 4);
    const QString eventsPath = m_dir.filePath(QStringLiteral("kill-events.json"));
    {
        QJsonArray events;
        for (const QJsonObject& event : shuffledTwice(contacts, calls, 7))
            events.append(event);
        QFile file(eventsPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(events).toJson());
    }
    // Every GHL answer takes longer, so the kill lands mid-run.
    QCOMPARE(sandbox.probe()
                 .postJson(QStringLiteral("/__sandbox/faults"),
                           jsonObject(R"({"slow":1.0,"slowMs":40,"service":"ghl"})"))
                 .status,
             200);
    const QString database = m_dir.filePath(QStringLiteral("kill.sqlite"));
    const QStringList arguments{QStringLiteral("events"),
                                QStringLiteral("--profile"),
                                QStringLiteral("kixie-calls-to-ghl"),
                                QStringLiteral("--file"),
                                eventsPath,
                                QStringLiteral("--db"),
                                database};
    const QString counterId = customFieldIds(sandbox).value(QStringLiteral("contact.kixie_call_count"));
    const auto countersWritten = [&] {
        int written = 0;
        for (const auto& contact : contacts)
            written += customValue(contactOf(sandbox, contact.first), counterId).isDouble() ? 1 : 0;
        return written;
    };
    QProcess killed;
    killed.setProcessEnvironment(sandbox.cliEnvironment());
    killed.start(QStringLiteral(CLI_EXECUTABLE), arguments);
    QVERIFY(killed.waitForStarted());
    // Some contact updates are written, others not yet.
    QTRY_VERIFY_WITH_TIMEOUT(countersWritten() > 0 || killed.state() == QProcess::NotRunning, 60000);
    QVERIFY2(killed.state() == QProcess::Running, "the run ended before it could be killed");
    killed.kill(); // SIGKILL: nothing is flushed
    QVERIFY(killed.waitForFinished(20000));
    QCOMPARE(killed.exitStatus(), QProcess::CrashExit);

    QProcess rerun;
    rerun.setProcessEnvironment(sandbox.cliEnvironment());
    rerun.start(QStringLiteral(CLI_EXECUTABLE), arguments);
    QVERIFY(rerun.waitForFinished(120000));
    QVERIFY2(rerun.exitCode() == 0,
             qPrintable(QString::fromUtf8(rerun.readAllStandardOutput() + rerun.readAllStandardError()) +
                        failures(database)));
    verifyNewestCallWon(sandbox, calls);
}

void TestCallOutcomes::aDefaultRouteRunsItsActions() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    QVERIFY(sandbox.started());
    const auto contacts = distinctContacts(sandbox, 1);
    QCOMPARE(contacts.size(), 1);
    const auto& [id, phone] = contacts.first();
    // The disposition route goes: a disposition now falls to the default route, which updates the contact.
    QFile shipped(QStringLiteral(":/profiles/kixie-calls-to-ghl.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QJsonObject profile = QJsonDocument::fromJson(shipped.readAll()).object();
    QJsonObject routing = profile.value(QLatin1String("routing")).toObject();
    QJsonArray routes;
    for (const QJsonValue& route : routing.value(QLatin1String("routes")).toArray()) {
        if (at(route, "name").toString() != QLatin1String("Disposition"))
            routes.append(route);
    }
    routing.insert(QStringLiteral("routes"), routes);
    routing.insert(QStringLiteral("default"), jsonObject(R"({"actions":["note","contact"]})"));
    profile.insert(QStringLiteral("routing"), routing);
    const QString path = m_dir.filePath(QStringLiteral("default-route.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(profile).toJson());
    file.close();
    const QString database = m_dir.filePath(QStringLiteral("default-route.sqlite"));
    const EventOutcome outcome =
        runEventJob(eventJob(sandbox, database,
                             {eventOf({QStringLiteral("fallback-1"), firstCall, QStringLiteral("Answered")},
                                      disposition, id, phone)},
                             path));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY2(outcome.counts.failed == 0, qPrintable(failures(database)));
    QCOMPARE(outcome.counts.notes, 1);
    QCOMPARE(outcome.counts.contactUpdates, 1);
    const QHash<QString, QString> ids = customFieldIds(sandbox);
    const QJsonObject contact = contactOf(sandbox, id);
    QCOMPARE(customValue(contact, ids.value(QStringLiteral("contact.last_call_outcome"))).toString(),
             QStringLiteral("Answered"));
    QCOMPARE(customValue(contact, ids.value(QStringLiteral("contact.kixie_call_count"))).toInt(), 1);
    QCOMPARE(notesOf(sandbox, id).size(), 1);
}

void TestCallOutcomes::askingBeforeDndWaitsForTheAnswer() {
    SandboxFixture sandbox(SandboxFixture::fastOptions());
    QVERIFY(sandbox.started());
    const auto contacts = distinctContacts(sandbox, 2);
    QCOMPARE(contacts.size(), 2);
    const QHash<QString, QString> ids = customFieldIds(sandbox);
    const QString database = m_dir.filePath(QStringLiteral("ask.sqlite"));
    const auto doNotCall = [&contacts](int c, const QString& callId, int day) {
        const auto& [id, phone] = contacts.at(c);
        return eventOf({callId, firstCall.addDays(day), QStringLiteral("Do Not Call")}, disposition, id,
                       phone);
    };
    // Answers each question on the next turn of the event loop, as the app does, and keeps the questions.
    QList<DndRequest> asked;
    const auto answering = [&asked](bool turnOn, bool forRestOfRun) {
        return [&asked, turnOn, forRestOfRun](EventWorker& worker) {
            QObject::connect(
                &worker, &EventWorker::dndApprovalNeeded, &worker,
                [&asked, &worker, turnOn, forRestOfRun](const DndRequest& request) {
                    asked << request;
                    QMetaObject::invokeMethod(
                        &worker, [&worker, turnOn, forRestOfRun] { worker.answerDnd(turnOn, forRestOfRun); },
                        Qt::QueuedConnection);
                });
        };
    };

    // Skip: the fields are written, do-not-disturb is left as it was, and the record says so.
    EventJob job = eventJob(sandbox, database, {doNotCall(0, QStringLiteral("ask-1"), 0)});
    job.askBeforeDnd = true;
    const EventOutcome skipped = runEventJob(job, answering(false, false));
    QVERIFY2(skipped.ok, qPrintable(skipped.message));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().contactId, contacts.at(0).first);
    QCOMPARE(asked.first().channels, (QStringList{QStringLiteral("Call"), QStringLiteral("SMS")}));
    QVERIFY(asked.first().message.contains(QStringLiteral("ask-1")));
    QCOMPARE(skipped.counts.dndSet, 0);
    QCOMPARE(skipped.counts.contactUpdates, 1);
    QJsonObject contact = contactOf(sandbox, contacts.at(0).first);
    QVERIFY(dndStatus(contact, "Call").isEmpty());
    QVERIFY(dndStatus(contact, "SMS").isEmpty());
    QCOMPARE(customValue(contact, ids.value(QStringLiteral("contact.last_call_outcome"))).toString(),
             QStringLiteral("Do Not Call"));
    QVERIFY(recordDiagnostics(database).contains(QStringLiteral("skipped when the run asked")));

    // Turn on, for the rest of the run: asked once, both contacts get it (the skipped one on a new call).
    asked.clear();
    job.events = {doNotCall(0, QStringLiteral("ask-2"), 1), doNotCall(1, QStringLiteral("ask-3"), 1)};
    const EventOutcome turnedOn = runEventJob(job, answering(true, true));
    QVERIFY2(turnedOn.ok, qPrintable(turnedOn.message));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(turnedOn.counts.dndSet, 4);
    for (int c : {0, 1}) {
        contact = contactOf(sandbox, contacts.at(c).first);
        QCOMPARE(dndStatus(contact, "Call"), QStringLiteral("active"));
        QCOMPARE(dndStatus(contact, "SMS"), QStringLiteral("active"));
    }
}

QTEST_GUILESS_MAIN(TestCallOutcomes)
#include "TestCallOutcomes.moc"
