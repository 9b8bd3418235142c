// fieldlink-bench-mapping-editor: how long one edit in the mapping editor takes to show — the profile
// checked again, 100 samples re-mapped, the rules, catalogs, preview and problems updated — on a location
// with 520 custom fields. The edit goes through the real MappingPage on the offscreen platform, exactly as
// a keystroke's commit does. Target: under 50 ms per edit. Run it on an idle machine; it is not a test.
#include "app/mapping/MappingPage.h"
#include "app/mapping/ProfileDocument.h"
#include "app/mapping/models/RuleTableModel.h"
#include "app/shell/AppContext.h"
#include "core/mapping/ProfileLoader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace fieldlink;

namespace {

constexpr int customFieldCount = 520;
constexpr int sampleCount = 100;
constexpr int edits = 200; // PERFTMP

long peakResidentKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QString fieldKey(int i) {
    return QStringLiteral("field_%1").arg(i, 3, 10, QLatin1Char('0'));
}

mapping::CustomFieldDirectory customFields() {
    mapping::CustomFieldDirectory directory;
    for (int i = 0; i < customFieldCount; ++i)
        directory.add({QStringLiteral("cf%1").arg(i), QStringLiteral("contact.") + fieldKey(i),
                       QStringLiteral("Custom field %1").arg(i),
                       i % 5 == 0 ? QStringLiteral("SINGLE_OPTIONS") : QStringLiteral("TEXT"),
                       i % 5 == 0 ? QStringList{QStringLiteral("Gold"), QStringLiteral("Silver"),
                                                QStringLiteral("Bronze")}
                                  : QStringList()});
    return directory;
}

QList<QJsonObject> samples() {
    QRandomGenerator random(42); // seeded: every run maps the same records
    const QStringList regions{QStringLiteral("+1 415 555 %1"), QStringLiteral("(212) 555-%1"),
                              QStringLiteral("020 7946 %1")};
    QList<QJsonObject> records;
    for (int i = 0; i < sampleCount; ++i) {
        QJsonArray values;
        for (int f = 0; f < customFieldCount; ++f)
            values.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("cf%1").arg(f)},
                {QStringLiteral("value"), QStringLiteral("value %1-%2").arg(f).arg(random.bounded(20))}});
        QJsonArray notes;
        for (int n = 0; n < 3; ++n)
            notes.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("n%1-%2").arg(i).arg(n)},
                {QStringLiteral("body"), QStringLiteral("Called, asked to ring back %1").arg(n)},
                {QStringLiteral("dateAdded"), QStringLiteral("2026-11-%1T10:00:00Z").arg(10 + n)}});
        records.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("contact%1").arg(i)},
            {QStringLiteral("firstName"), QStringLiteral("Ana %1").arg(i)},
            {QStringLiteral("lastName"), QStringLiteral("López")},
            {QStringLiteral("email"), QStringLiteral("Ana%1@Example.com").arg(i)},
            {QStringLiteral("phone"), regions.at(i % regions.size()).arg(1000 + i)},
            {QStringLiteral("type"), i % 3 == 0 ? QStringLiteral("customer") : QStringLiteral("lead")},
            {QStringLiteral("tags"), QJsonArray{i % 2 == 0 ? QStringLiteral("hot") : QStringLiteral("cold")}},
            {QStringLiteral("customFields"), values},
            {QStringLiteral("notes"), notes}});
    }
    return records;
}

/// The default profile plus 40 custom fields as PowerList columns: a large but ordinary mapping.
QJsonObject profile() {
    QJsonObject json =
        QJsonDocument::fromJson(
            mapping::ProfileLoader::load(QStringLiteral("ghl-contacts-to-kixie-powerlist")).text)
            .object();
    QJsonArray rules = json.value(QLatin1String("rules")).toArray();
    for (int i = 0; i < 40; ++i)
        rules.append(QJsonObject{
            {QStringLiteral("target"), QStringLiteral("extraData.Column %1").arg(i)},
            {QStringLiteral("source"), QString(QStringLiteral("customFields.contact.") + fieldKey(i * 13))}});
    json.insert(QStringLiteral("rules"), rules);
    return json;
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values.at(static_cast<size_t>(p * static_cast<double>(values.size() - 1)));
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    AppContext context(dir.filePath(QStringLiteral("bench.sqlite")));
    if (const fieldlink::Result<> opened = context.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    context.useSessionOnlySecrets(QStringLiteral("benchmark"));
    MappingPage page(context);
    page.resize(1400, 900);
    page.show();
    page.document()->load(profile());
    page.setCustomFields(customFields());
    page.setSamples(samples(), QStringLiteral("generated"));
    QApplication::processEvents();

    auto* rules = page.findChild<QTableView*>(QStringLiteral("rulesTableView"));
    QAbstractItemModel* model = rules->model();
    const int firstCustom = page.document()->ruleCount() - 40;
    std::vector<double> editMs;
    std::vector<double> undoMs;
    QElapsedTimer timer;
    for (int i = 0; i < edits; ++i) {
        const int row = firstCustom + i % 40;
        rules->setCurrentIndex(model->index(row, RuleTableModel::SourcesColumn));
        timer.start();
        // What committing a typed source does: one undo command, then the preview, synchronously.
        model->setData(
            model->index(row, RuleTableModel::SourcesColumn),
            QString(QStringLiteral("customFields.contact.") + fieldKey((i * 7 + 3) % customFieldCount)));
        editMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        QApplication::processEvents(); // the view repaints between keystrokes, as it would
        if (i % 4 == 3) {
            timer.start();
            page.document()->undoStack()->undo();
            undoMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            QApplication::processEvents();
        }
    }
    const PreviewResult& result = page.preview();
    std::printf("mapping editor: %d custom fields, %d samples, %d rules, %lld problems in the last preview\n",
                customFieldCount, sampleCount, page.document()->ruleCount(),
                static_cast<long long>(result.diagnostics.size()));
    std::printf(
        "edit -> preview updated: median %.2f ms, p95 %.2f ms, max %.2f ms over %d edits (target < 50 ms)\n",
        percentile(editMs, 0.5), percentile(editMs, 0.95), percentile(editMs, 1.0), edits);
    std::printf("undo -> preview updated: median %.2f ms, p95 %.2f ms, max %.2f ms over %zu undos\n",
                percentile(undoMs, 0.5), percentile(undoMs, 0.95), percentile(undoMs, 1.0), undoMs.size());
    std::printf("peak memory %.1f MiB\n", static_cast<double>(peakResidentKiB()) / 1024.0);
    return 0;
}
