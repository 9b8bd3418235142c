#include "app/runs/RunResultsExport.h"

#include "app/runs/RunRecordsModel.h"
#include "core/mapping/FieldLabels.h"
#include "core/store/RunRecordQuery.h"
#include "core/sync/RecordSubject.h"
#include "core/sync/RunWords.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace fieldlink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::RunResultsExport)
};

/// Whether a record of `action` was done (Data Loader's success file) or not (its error file, with the
/// reason).
bool succeeded(const QString& action) {
    return action != QLatin1String("failed") && action != QLatin1String("skip") &&
           action != QLatin1String("conflict");
}

QByteArray csvField(const QString& text) {
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

QByteArray csvLine(const QStringList& fields) {
    QByteArray line;
    for (const QString& field : fields)
        line += (line.isEmpty() ? QByteArray() : QByteArray(",")) + csvField(field);
    return line + "\r\n";
}

/// One of the two files, written as the records stream past.
class CsvFile {
public:
    explicit CsvFile(const QString& path)
        : m_file(path) {}
    bool open() { return m_file.open(QIODevice::WriteOnly); }
    void write(const QByteArray& line) {
        if (m_file.write(line) != line.size())
            m_file.cancelWriting();
    }
    Result<> commit() {
        if (!m_file.commit())
            return Failure{
                Tr::tr("%1 could not be written: %2").arg(m_file.fileName(), m_file.errorString())};
        return {};
    }
    QString errorString() const { return m_file.errorString(); }

private:
    QSaveFile m_file;
};

} // namespace

RunResultsExport::Files RunResultsExport::pathsFor(const QString& folder, qint64 runId) {
    const QDir dir(folder);
    Files files;
    files.successPath = dir.filePath(QStringLiteral("run-%1-success.csv").arg(runId));
    files.errorPath = dir.filePath(QStringLiteral("run-%1-error.csv").arg(runId));
    return files;
}

Result<RunResultsExport::Files> RunResultsExport::write(const store::RunRecordQuery& records, qint64 runId,
                                                        const QString& folder) {
    const store::RunRecordFilter every{runId, {}};
    QStringList keys;
    const Result<void> scanned = records.forEach(every, [&keys](const store::RunRecord& record) {
        keys += mapping::FieldLabels::keysOf(record.payload);
    });
    if (!scanned)
        return scanned.failure();
    keys.removeDuplicates();
    keys = mapping::FieldLabels::ordered(keys);

    Files files = pathsFor(folder, runId);
    CsvFile success(files.successPath);
    CsvFile errors(files.errorPath);
    if (!success.open())
        return Failure{Tr::tr("%1 could not be written: %2").arg(files.successPath, success.errorString())};
    if (!errors.open())
        return Failure{Tr::tr("%1 could not be written: %2").arg(files.errorPath, errors.errorString())};
    QStringList header{Tr::tr("Record"), Tr::tr("ID"), Tr::tr("Action")};
    for (const QString& key : std::as_const(keys))
        header << mapping::FieldLabels::label(key);
    success.write(csvLine(header));
    errors.write(csvLine(header << Tr::tr("Reason")));

    const bool dryRun = records.isDryRun(runId);
    const Result<void> read = records.forEach(every, [&](const store::RunRecord& record) {
        QStringList fields{sync::RecordSubject::fromJson(record.subject).displayName(record.sourceId),
                           record.sourceId, sync::RunWords::action(record.action, dryRun)};
        for (const QString& key : std::as_const(keys))
            fields << mapping::FieldLabels::valueText(record.payload, key);
        if (succeeded(record.action)) {
            success.write(csvLine(fields));
            ++files.successes;
        } else {
            errors.write(csvLine(fields << RunRecordsModel::reasonOf(record)));
            ++files.errors;
        }
    });
    if (!read)
        return read.failure();
    if (Result<> written = success.commit(); !written)
        return written.failure();
    if (Result<> written = errors.commit(); !written)
        return written.failure();
    return files;
}

QString RunResultsExport::savedText(const Files& files) {
    return Tr::tr("Saved %n success(es) to %1", nullptr, files.successes)
               .arg(QDir::toNativeSeparators(files.successPath)) +
           QStringLiteral("; ") +
           Tr::tr("%n error(s) to %1.", nullptr, files.errors).arg(QDir::toNativeSeparators(files.errorPath));
}

} // namespace fieldlink
