#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace fieldlink::schedule {

/// One schedule the admin set up: a long-running `fieldlink-cli watch`, or a `fieldlink-cli sync
/// --since-last` started every so often. The units Fieldlink writes are the only record of it (no table):
/// every field here is written into them and read back from them.
struct Schedule {
    enum class Kind { Watch, Periodic };

    QString name; ///< letters, digits, '-' and '_'; the unit is fieldlink-<name>
    Kind kind = Kind::Periodic;
    QString connection; ///< a connection saved in the app (its secrets stay in the keychain)
    QString profile;
    int intervalSeconds = 60; ///< watch: how often it looks for changed contacts
    int everyMinutes = 60;    ///< periodic: minutes between runs (see everyChoices())
    QString fullAt;           ///< watch: "HH:MM" of the daily full reconcile, or empty
    int listenPort = 0;       ///< watch: the Kixie webhook port, or 0
    QString eventsProfile;    ///< watch with a port: the kixie_to_ghl profile
    QString cliPath;          ///< the fieldlink-cli that runs it (absolute)
    QString databasePath;     ///< --db

    /// fieldlink-<name>
    QString unitBaseName() const { return QStringLiteral("fieldlink-") + name; }
    /// The arguments after the program: `watch …` or `sync --since-last --wait N …`.
    QStringList cliArguments() const;
    /// The program and its arguments.
    QStringList commandWords() const { return QStringList{cliPath} + cliArguments(); }
    /// Whether it can be written as it is, or what is wrong, in the admin's words.
    Result<> check() const;

    /// The periods a periodic sync can run at, in minutes: each fits a calendar (and a crontab) evenly.
    static QList<int> everyChoices();
    /// "15min", "1h", "2h", "daily" → minutes, or a failure naming the choices.
    static Result<int> parseEvery(const QString& text);
    /// Minutes → "15min", "1h", "daily" (what --every and the unit record take).
    static QString everyText(int minutes);
    /// A period in words: "every 15 minutes", "every hour", "every day".
    static QString everyWords(int minutes);
    /// How long a periodic run waits for another run writing to the same accounts: half the period, at
    /// most half an hour, so it gives up before the next one is due.
    static int waitSecondsFor(int minutes);
};

} // namespace fieldlink::schedule
