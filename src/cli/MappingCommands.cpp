#include "cli/MappingCommands.h"

#include "cli/CommandLine.h"
#include "core/mapping/FieldCatalog.h"
#include "core/mapping/MappingEngine.h"
#include "core/mapping/ProfileLoader.h"
#include "core/mapping/ProfileValidator.h"
#include "core/mapping/RecordReader.h"
#include "core/store/Database.h"
#include "core/store/ProfileRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentMap>

namespace fieldlink::cli {
namespace {

using namespace fieldlink::mapping;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::cli)
};

// Built on use, not at static initialisation: translations are installed only once main() runs.
QCommandLineOption profileOption() {
    return {QStringLiteral("profile"),
            Tr::tr("A profile saved in the app, a default profile's name, or a profile file."),
            QStringLiteral("NAME|FILE")};
}

QCommandLineOption databaseOption() {
    return {QStringLiteral("db"), Tr::tr("The database with the app's saved profiles (default: the app's)."),
            QStringLiteral("FILE")};
}

/// Loads --profile: a file, a profile saved in the app's database, or a default profile. The database is
/// only read, and only when it exists: `validate` and `map` work on a machine where the app never ran.
ProfileLoader::Loaded loadProfile(const QCommandLineParser& parser,
                                  const CustomFieldDirectory& customFields) {
    const QString path =
        parser.isSet(databaseOption()) ? parser.value(databaseOption()) : store::Database::defaultPath();
    store::Database database;
    if (!QFileInfo::exists(path) || !database.open(path, QStringLiteral("profiles")).ok())
        return ProfileLoader::load(parser.value(profileOption()), customFields);
    const store::ProfileRepository profiles(database.connection());
    return ProfileLoader::load(parser.value(profileOption()), customFields, profiles.newestDocuments());
}

QCommandLineOption customFieldsOption() {
    return {QStringLiteral("custom-fields"),
            Tr::tr("The location's custom field definitions (the body of GET /locations/{id}/customFields)."),
            QStringLiteral("FILE")};
}

/// Parses the options; false (after printing why) on a usage error.
bool parse(QCommandLineParser& parser, const QStringList& arguments, QTextStream& err) {
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(QStringList{QStringLiteral("fieldlink-cli")} + arguments)) {
        err << Tr::tr("fieldlink-cli: %1").arg(parser.errorText()) << '\n';
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << Tr::tr("fieldlink-cli: unexpected argument '%1'")
                   .arg(parser.positionalArguments().constFirst())
            << '\n';
        return false;
    }
    if (!parser.isSet(profileOption())) {
        err << Tr::tr("fieldlink-cli: --profile is required") << '\n';
        return false;
    }
    return true;
}

bool loadCustomFields(const QCommandLineParser& parser, CustomFieldDirectory* directory, QTextStream& err) {
    if (!parser.isSet(customFieldsOption()))
        return true;
    QFile file(parser.value(customFieldsOption()));
    QJsonParseError error{};
    const QJsonDocument document =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error) : QJsonDocument();
    if (document.isNull()) {
        err << Tr::tr("fieldlink-cli: cannot read custom fields from %1").arg(file.fileName()) << '\n';
        return false;
    }
    *directory = document.isArray() ? CustomFieldDirectory::fromJson(document.array())
                                    : CustomFieldDirectory::fromJson(document.object());
    return true;
}

/// The severity as people read it; the JSON output keeps the stable English word.
QString severityLabel(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return Tr::tr("info");
    case Severity::Warning:
        return Tr::tr("warning");
    case Severity::Error:
        break;
    }
    return Tr::tr("error");
}

QString describe(const Diagnostic& diagnostic) {
    QString where = diagnostic.sourcePath;
    if (diagnostic.line > 0)
        where += Tr::tr(" (line %1, column %2)").arg(diagnostic.line).arg(diagnostic.column);
    if (!diagnostic.target.isEmpty())
        where += QStringLiteral(" -> ") + diagnostic.target;
    return QStringLiteral("%1 %2 %3: %4")
        .arg(severityLabel(diagnostic.severity), diagnostic.code, where.trimmed(), diagnostic.message);
}

} // namespace

int runValidate(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    const QCommandLineOption samplesOption(QStringLiteral("samples"),
                                           Tr::tr("Sample records, one JSON object per line."),
                                           QStringLiteral("FILE.jsonl"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Tr::tr("Print the result as one JSON object."));
    parser.addOptions({profileOption(), samplesOption, customFieldsOption(), jsonOption, databaseOption()});
    if (!parse(parser, arguments, err))
        return UsageError;
    CustomFieldDirectory customFields;
    if (!loadCustomFields(parser, &customFields, err))
        return UsageError;
    const ProfileLoader::Loaded loaded = loadProfile(parser, customFields);
    if (!loaded.error.isEmpty()) {
        err << Tr::tr("fieldlink-cli: %1").arg(loaded.error) << '\n';
        return UsageError;
    }
    Diagnostics diagnostics = loaded.parsed.diagnostics;
    if (const auto& profile = loaded.parsed.profile) {
        diagnostics +=
            ProfileValidator::validate(*profile, FieldCatalog::sourcesFor(profile->direction, customFields),
                                       FieldCatalog::targetsFor(profile->direction));
        if (parser.isSet(samplesOption)) {
            RecordReader reader(parser.value(samplesOption), profile->direction);
            if (!reader.open()) {
                err << Tr::tr("fieldlink-cli: %1").arg(reader.errorString()) << '\n';
                return UsageError;
            }
            QList<QJsonObject> samples;
            RecordReader::Record record;
            while (reader.next(&record))
                if (record.error.isEmpty())
                    samples << record.object;
            diagnostics += ProfileValidator::validateSamples(MappingEngine(profile), samples);
        }
    }
    const int errors =
        static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                       [](const Diagnostic& d) { return d.severity == Severity::Error; }));
    const int warnings =
        static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                       [](const Diagnostic& d) { return d.severity == Severity::Warning; }));
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const Diagnostic& diagnostic : std::as_const(diagnostics))
            list.append(diagnostic.toJson());
        out << QJsonDocument(QJsonObject{{QStringLiteral("profile"), loaded.origin},
                                         {QStringLiteral("valid"), errors == 0},
                                         {QStringLiteral("errors"), errors},
                                         {QStringLiteral("warnings"), warnings},
                                         {QStringLiteral("diagnostics"), list}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        for (const Diagnostic& diagnostic : std::as_const(diagnostics))
            out << describe(diagnostic) << '\n';
        out << Tr::tr("%1: %n error(s)", nullptr, errors).arg(loaded.origin)
            << Tr::tr(", %n warning(s)", nullptr, warnings) << '\n';
    }
    return errors == 0 ? Success : Failed;
}

int runMap(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    const QCommandLineOption inOption(QStringLiteral("in"),
                                      Tr::tr("Source records, one JSON object per line."),
                                      QStringLiteral("FILE.jsonl"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Tr::tr("Where to write the results (default: standard output)."),
                                       QStringLiteral("FILE.jsonl"));
    parser.addOptions({profileOption(), inOption, outOption, customFieldsOption(), databaseOption()});
    if (!parse(parser, arguments, err))
        return UsageError;
    if (!parser.isSet(inOption)) {
        err << Tr::tr("fieldlink-cli: --in is required") << '\n';
        return UsageError;
    }
    CustomFieldDirectory customFields;
    if (!loadCustomFields(parser, &customFields, err))
        return UsageError;
    const ProfileLoader::Loaded loaded = loadProfile(parser, customFields);
    if (!loaded.error.isEmpty() || !loaded.parsed.profile) {
        err << Tr::tr("fieldlink-cli: %1")
                   .arg(loaded.error.isEmpty()
                            ? Tr::tr("the profile %1 has errors; run validate for details").arg(loaded.origin)
                            : loaded.error)
            << '\n';
        for (const Diagnostic& diagnostic : loaded.parsed.diagnostics)
            err << describe(diagnostic) << '\n';
        return UsageError;
    }
    RecordReader reader(parser.value(inOption), loaded.parsed.profile->direction);
    if (!reader.open()) {
        err << Tr::tr("fieldlink-cli: %1").arg(reader.errorString()) << '\n';
        return UsageError;
    }
    QFile output;
    if (parser.isSet(outOption)) {
        output.setFileName(parser.value(outOption));
        if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << Tr::tr("fieldlink-cli: cannot write %1: %2").arg(output.fileName(), output.errorString())
                << '\n';
            return UsageError;
        }
    } else {
        out.flush();
        if (!output.open(stdout, QIODevice::WriteOnly)) {
            err << Tr::tr("fieldlink-cli: cannot write to standard output") << '\n';
            return UsageError;
        }
    }
    const MappingEngine engine(loaded.parsed.profile);
    const Direction direction = loaded.parsed.profile->direction;
    struct Line {
        QByteArray text;
        qsizetype number = 0;
    };
    struct Result {
        QByteArray json; ///< the output line, with its newline
        bool failed = false;
    };
    // One line's whole work — parse, map, write its JSON — depends on nothing but the line, and the engine is
    // safe to share, so a batch runs on every core; lines are read and results written in input order on
    // this thread, a batch at a time, which keeps memory bounded however long the file.
    const auto mapLine = [&](const Line& line) {
        const RecordReader::Record record = RecordReader::parse(line.text, line.number, direction);
        MappedRecord mapped;
        if (record.error.isEmpty()) {
            mapped = engine.apply(record.object);
        } else {
            mapped.status = MappedRecord::Status::Failed;
            mapped.diagnostics.append(
                {Severity::Error, QString::fromLatin1(code::syntax), {}, {}, record.error});
        }
        return Result{QJsonDocument(mapped.toJson()).toJson(QJsonDocument::Compact) + '\n',
                      mapped.status == MappedRecord::Status::Failed};
    };
    constexpr qsizetype batchSize = 4096;
    bool anyFailed = false;
    QList<Line> batch;
    QByteArray buffer;
    for (;;) {
        batch.clear();
        Line line;
        while (batch.size() < batchSize && reader.nextLine(&line.text, &line.number))
            batch.append(line);
        if (batch.isEmpty())
            break;
        const QList<Result> results = QtConcurrent::blockingMapped<QList<Result>>(batch, mapLine);
        for (const Result& result : results) {
            anyFailed = anyFailed || result.failed;
            buffer += result.json;
        }
        output.write(buffer);
        buffer.clear();
    }
    output.flush();
    return anyFailed ? Failed : Success;
}

} // namespace fieldlink::cli
