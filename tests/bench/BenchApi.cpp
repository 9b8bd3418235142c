// fieldlink-bench-api: sends mixed GHL reads through GhlClient to an in-process sandbox limited to a burst
// budget, and prints how close the client runs to the allowed rate, how many 429s it drew and the request
// latency. Run it on an idle machine; it is not a test.
//
//   fieldlink-bench-api [--requests N] [--limit N] [--window-ms N] [--concurrency N]
//
// Target: at least 0.95 of the allowed rate with zero 429s, at 100 per 1000 ms.
#include "BenchSandbox.h"
#include "core/api/Clock.h"
#include "core/api/GhlClient.h"
#include "core/api/RequestLog.h"
#include "core/auth/AccessTokenSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace fieldlink;

namespace {

int option(const QCommandLineParser& parser, const QString& name) {
    return parser.value(name).toInt();
}

double percentile(QList<qint64> values, double p) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p * static_cast<double>(values.size() - 1));
    return static_cast<double>(values.at(index));
}

QJsonObject fetchJson(QNetworkAccessManager& network, const QString& url) {
    QNetworkReply* reply = network.get(QNetworkRequest(QUrl(url)));
    QEventLoop loop; // a command-line benchmark, not GUI code: waiting here is fine
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return object;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("requests"), QStringLiteral("GHL reads to send"), QStringLiteral("N"),
                      QStringLiteral("5000")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("sandbox burst limit"), QStringLiteral("N"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("window-ms"), QStringLiteral("sandbox burst window"),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("concurrency"), QStringLiteral("requests in flight"),
                      QStringLiteral("N"), QStringLiteral("4")});
    parser.process(app);
    const int total = option(parser, QStringLiteral("requests"));
    const int limit = option(parser, QStringLiteral("limit"));
    const int windowMs = option(parser, QStringLiteral("window-ms"));

    bench::BenchSandbox sandbox = bench::startBenchSandbox(250, limit, windowMs);
    if (!sandbox.server)
        return 1;
    auto& server = sandbox.server;
    const QJsonObject ghl = sandbox.ghl();

    auto network = std::make_unique<QNetworkAccessManager>();
    api::RequestLog log(total * 2);
    api::GhlSettings settings;
    settings.baseUrl = QUrl(QString::fromStdString(server->baseUrl()));
    settings.locationId = ghl.value(QLatin1String("locationId")).toString();
    settings.maxConcurrent = option(parser, QStringLiteral("concurrency"));
    api::GhlClient client(settings, network.get(), api::SystemClock::instance(), &log);
    auth::PrivateIntegrationToken token(ghl.value(QLatin1String("token")).toString());
    client.setTokenSource(&token);

    // Contact ids for the reads, taken without the client so they cost none of its budget.
    QStringList ids;
    {
        QNetworkAccessManager setup;
        const QJsonObject state =
            fetchJson(setup, settings.baseUrl.toString() + QStringLiteral("/__sandbox/state"));
        const QJsonArray contacts =
            state.value(QLatin1String("ghl")).toObject().value(QLatin1String("contacts")).toArray();
        for (const QJsonValue& contact : contacts)
            ids << contact.toObject().value(QLatin1String("id")).toString();
    }
    if (ids.isEmpty()) {
        std::fprintf(stderr, "no contact ids in the sandbox state\n");
        return 1;
    }

    int finished = 0;
    int failed = 0;
    QElapsedTimer clock;
    clock.start();
    QList<qint64> finishTimes;
    for (int i = 0; i < total; ++i) {
        const QString& id = ids.at(i % ids.size());
        api::ApiRequest* request = nullptr;
        switch (i % 5) {
        case 0:
            request = client.getContact(id);
            break;
        case 1:
            request = client.listNotes(id);
            break;
        case 2:
            request = client.listTasks(id);
            break;
        case 3:
            request = client.searchContacts(QJsonObject{{QStringLiteral("pageLimit"), 20}});
            break;
        default:
            request = client.listAppointments(id);
            break;
        }
        QObject::connect(request, &api::ApiRequest::finished, &app, [&](const api::ApiResult& result) {
            ++finished;
            failed += result.ok() ? 0 : 1;
            finishTimes << clock.elapsed();
            if (finished == total)
                app.quit();
        });
    }
    app.exec();
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;

    QList<qint64> latencies;
    for (const api::RequestLogEntry& entry : log.entries())
        latencies << entry.latencyMs;
    const QJsonObject stats =
        fetchJson(*network, settings.baseUrl.toString() + QStringLiteral("/__sandbox/stats"))
            .value(QLatin1String("ghl"))
            .toObject();
    const double allowed = static_cast<double>(limit) * 1000.0 / windowMs;
    // The first window's burst is free in any limiter; the steady rate leaves it out.
    std::sort(finishTimes.begin(), finishTimes.end());
    const qsizetype afterFirstWindow = std::min<qsizetype>(limit, finishTimes.size() - 1);
    const double steadySeconds =
        static_cast<double>(finishTimes.last() - finishTimes.at(afterFirstWindow)) / 1000.0;
    const double steadyRate = static_cast<double>(finishTimes.size() - 1 - afterFirstWindow) / steadySeconds;
    const double overallRate = total / seconds;

    std::printf("requests            %d (%d failed)\n", total, failed);
    std::printf("sandbox limit       %d per %d ms = %.1f requests/s\n", limit, windowMs, allowed);
    std::printf("elapsed             %.2f s\n", seconds);
    std::printf("achieved (overall)  %.2f requests/s = %.3f of allowed\n", overallRate,
                overallRate / allowed);
    std::printf("achieved (steady)   %.2f requests/s = %.3f of allowed (after the first window)\n",
                steadyRate, steadyRate / allowed);
    std::printf("429 answers         %d (client) %d (sandbox)\n", client.queue().rateLimitedAnswers(),
                stats.value(QLatin1String("rateLimited")).toInt());
    std::printf("peak in any window  %d\n", stats.value(QLatin1String("peakWindowRequests")).toInt());
    std::printf("latency p50 / p99   %.0f ms / %.0f ms (per HTTP request)\n", percentile(latencies, 0.50),
                percentile(latencies, 0.99));
    network.reset();
    server->stop();
    return failed == 0 ? 0 : 1;
}
