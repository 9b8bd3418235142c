// fieldlink-bench-test-sync: does the window stay responsive while the app runs a 10 000-record sync? A
// probe timer on the GUI thread ticks every 5 ms through a real run from the Test Sync page (the worker on
// its own thread, against the in-process sandbox with a generous rate limit), and the longest gap between
// ticks is the longest the event loop stalled. Target: never more than 50 ms. Then how long the results
// take to show (the first screenful of 10 000 records, read lazily from SQLite) and History to refresh.
// Run it on an idle machine; it is not a test.
#include "BenchSandbox.h"
#include "app/connections/ConnectionDraft.h"
#include "app/connections/ConnectionSaver.h"
#include "app/history/HistoryPage.h"
#include "app/shell/AppContext.h"
#include "app/testsync/SyncTestPage.h"
#include "core/store/ConnectionRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fieldlink;

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int contacts = 10000;
    const QStringList arguments = QCoreApplication::arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--contacts"));
        at >= 0 && at + 1 < arguments.size())
        contacts = arguments.at(at + 1).toInt();
    bench::BenchSandbox sandbox = bench::startBenchSandbox(contacts, 100000, 1000);
    if (!sandbox.server)
        return 1;
    QTemporaryDir dir;
    AppContext context(dir.filePath(QStringLiteral("bench.sqlite")));
    if (const fieldlink::Result<> opened = context.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    context.useSessionOnlySecrets(QStringLiteral("benchmark"));
    ConnectionDraft form;
    form.name = QStringLiteral("Bench");
    form.sandbox = true;
    const QString baseUrl = QString::fromStdString(sandbox.server->baseUrl());
    form.ghlBaseUrl = baseUrl;
    form.kixieBaseUrl = baseUrl;
    form.ghlToken = sandbox.ghl().value(QLatin1String("token")).toString();
    form.locationId = sandbox.ghl().value(QLatin1String("locationId")).toString();
    form.kixieApiKey = sandbox.kixie().value(QLatin1String("apiKey")).toString();
    form.kixieBusinessId = sandbox.kixie().value(QLatin1String("businessId")).toString();
    ConnectionSaver saver(context);
    bool saved = false;
    QObject::connect(&saver, &ConnectionSaver::finished, [&saved](const QStringList&) { saved = true; });
    saver.save(form.sides(std::nullopt, std::nullopt));
    while (!saved)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);

    SyncTestPage page(context);
    HistoryPage history(context);
    page.resize(1200, 800);
    page.show();
    page.setContext(QStringLiteral("Bench"), true, QStringLiteral("ghl-contacts-to-kixie-powerlist"));
    page.findChild<QComboBox*>(QStringLiteral("scopeComboBox"))
        ->setCurrentIndex(static_cast<int>(fieldlink::SyncTestChoices::Scope::All));

    // The probe: every tick records how long it has been since the last one.
    std::vector<double> gapsMs;
    QElapsedTimer sinceTick;
    QTimer probe;
    probe.setInterval(5);
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        gapsMs.push_back(static_cast<double>(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    std::optional<sync::SyncOutcome> outcome;
    int progressUpdates = 0;
    QObject::connect(&page, &SyncTestPage::runProgress, [&progressUpdates] { ++progressUpdates; });
    QObject::connect(&page, &SyncTestPage::runFinished,
                     [&outcome](const sync::SyncOutcome& done) { outcome = done; });
    QElapsedTimer wall;
    wall.start();
    sinceTick.start();
    probe.start();
    page.start(false);
    while (!outcome)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    probe.stop();
    const double runSeconds = static_cast<double>(wall.elapsed()) / 1000.0;

    std::sort(gapsMs.begin(), gapsMs.end());
    const double worst = gapsMs.empty() ? 0 : gapsMs.back();
    const double p99 =
        gapsMs.empty() ? 0 : gapsMs.at(static_cast<size_t>(0.99 * static_cast<double>(gapsMs.size() - 1)));
    const auto over50 = std::count_if(gapsMs.begin(), gapsMs.end(), [](double gap) { return gap > 50; });
    std::printf(
        "run: %s, %d records planned, %d created, %d enrolled, %d failed (Kixie allows 10 000 calls a day), "
        "%d GHL and %d Kixie calls in %.1f s, %d progress updates\n",
        outcome->ok ? "ok" : qPrintable(outcome->message), outcome->counts.planned, outcome->counts.created,
        outcome->counts.enrolled, outcome->counts.failed, outcome->ghlCalls, outcome->kixieCalls, runSeconds,
        progressUpdates);
    std::printf(
        "event loop during the run: longest stall %.1f ms, p99 gap %.1f ms, %lld gaps over 50 ms of %zu "
        "ticks (target: none over 50 ms)\n",
        worst, p99, static_cast<long long>(over50), gapsMs.size());

    QElapsedTimer show;
    show.start();
    history.show();
    history.selectRun(outcome->runId);
    QCoreApplication::processEvents();
    std::printf("History shown with the run's %d records selected: %.1f ms (lazy: %d rows read so far)\n",
                outcome->counts.planned, static_cast<double>(show.nsecsElapsed()) / 1e6,
                history.findChild<QTableView*>(QStringLiteral("recordTableView"))->model()->rowCount());
    return outcome->ok ? 0 : 1;
}
