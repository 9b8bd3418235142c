#pragma once

// Running Kixie call events through EventWorker against the sandbox, shared by the events tests here.
#include "core/sync/EventWorker.h"
#include "support/JsonHelpers.h"
#include "support/SandboxFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <functional>

namespace fieldlink::test {

inline sync::EventJob eventJob(SandboxFixture& sandbox, const QString& database,
                               const QList<QJsonObject>& events,
                               const QString& profile = QStringLiteral("kixie-calls-to-ghl")) {
    sync::EventJob job;
    job.profile = profile;
    job.events = events;
    job.ghl.baseUrl = QUrl(sandbox.baseUrl());
    job.ghl.locationId = sandbox.locationId();
    job.ghl.retry.baseDelayMs = 10;
    job.ghlCredential = auth::GhlCredential::fromPrivateToken(sandbox.ghlToken());
    job.databasePath = database;
    return job;
}

/// The default kixie_to_ghl profile without its contact update (last-call fields, counter, do-not-disturb),
/// written to `path`: for tests whose faults must hit the note, task and tag writes, not the read of the
/// location's custom fields that a contact update needs first. Returns `path`, or empty when it failed.
inline QString profileWithoutContactUpdate(const QString& path) {
    QFile shipped(QStringLiteral(":/profiles/kixie-calls-to-ghl.json"));
    if (!shipped.open(QIODevice::ReadOnly))
        return {};
    QJsonObject profile = QJsonDocument::fromJson(shipped.readAll()).object();
    profile.remove(QStringLiteral("doNotDisturb"));
    QJsonArray rules;
    for (const QJsonValue& rule : profile.value(QLatin1String("rules")).toArray()) {
        if (!rule.toObject().value(QLatin1String("target")).toString().startsWith(QLatin1String("update.")))
            rules.append(rule);
    }
    profile.insert(QStringLiteral("rules"), rules);
    QJsonObject routing = profile.value(QLatin1String("routing")).toObject();
    QJsonArray routes;
    for (const QJsonValue& value : routing.value(QLatin1String("routes")).toArray()) {
        QJsonObject route = value.toObject();
        QJsonArray actions;
        for (const QJsonValue& action : route.value(QLatin1String("actions")).toArray()) {
            if (action.toString() != QLatin1String("contact"))
                actions.append(action);
        }
        route.insert(QStringLiteral("actions"), actions);
        routes.append(route);
    }
    routing.insert(QStringLiteral("routes"), routes);
    profile.insert(QStringLiteral("routing"), routing);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(profile).toJson()) < 0)
        return {};
    return path;
}

/// Runs `job` to its end; `watch` may connect to the worker before it starts.
inline sync::EventOutcome runEventJob(const sync::EventJob& job,
                                      const std::function<void(sync::EventWorker&)>& watch = {}) {
    sync::EventWorker worker(job);
    if (watch)
        watch(worker);
    QSignalSpy finished(&worker, &sync::EventWorker::finished);
    worker.start();
    if (finished.isEmpty() && !finished.wait(120000))
        return {};
    return finished.at(0).at(0).value<sync::EventOutcome>();
}

inline QJsonArray notesOf(SandboxFixture& sandbox, const QString& contactId) {
    return at(sandbox.probe().ghl("GET", QStringLiteral("/contacts/%1/notes").arg(contactId)).json(), "notes")
        .toArray();
}

/// Seeded contacts with a US phone and no notes yet: {id, phone}.
inline QList<std::pair<QString, QString>> contactsWithoutNotes(SandboxFixture& sandbox, int count) {
    QList<std::pair<QString, QString>> found;
    for (const QJsonValue& contact : at(sandbox.probe().state(), "ghl.contacts").toArray()) {
        const QString phone = at(contact, "phone").toString();
        if (phone.startsWith(QLatin1String("+1")) && at(contact, "notes").toArray().isEmpty() &&
            found.size() < count)
            found.append({at(contact, "id").toString(), phone});
    }
    return found;
}

} // namespace fieldlink::test
