#include "core/mapping/RecordReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fieldlink::mapping {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::mapping::RecordReader)
};

} // namespace

bool RecordReader::open() {
    if (m_file.fileName() == QLatin1String("-"))
        return m_file.open(stdin, QIODevice::ReadOnly);
    return m_file.open(QIODevice::ReadOnly);
}

QString RecordReader::errorString() const {
    return Tr::tr("cannot read %1: %2").arg(m_file.fileName(), m_file.errorString());
}

bool RecordReader::nextLine(QByteArray* line, qsizetype* lineNumber) {
    while (!m_file.atEnd()) {
        *line = m_file.readLine();
        ++m_lineNumber;
        if (line->trimmed().isEmpty())
            continue;
        *lineNumber = m_lineNumber;
        return true;
    }
    return false;
}

bool RecordReader::next(Record* record) {
    QByteArray line;
    qsizetype lineNumber = 0;
    if (!nextLine(&line, &lineNumber))
        return false;
    *record = parse(line, lineNumber, m_direction);
    return true;
}

RecordReader::Record RecordReader::parse(const QByteArray& line, qsizetype lineNumber, Direction direction) {
    Record record;
    record.lineNumber = lineNumber;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (!document.isObject()) {
        record.error = error.error != QJsonParseError::NoError
                           ? Tr::tr("Line %1 is not valid JSON: %2.").arg(lineNumber).arg(error.errorString())
                           : Tr::tr("Line %1 is not a JSON object.").arg(lineNumber);
        return record;
    }
    QJsonObject object = document.object();
    if (direction == Direction::GhlToKixie && object.value(QLatin1String("contact")).isObject()) {
        QJsonObject contact = object.value(QLatin1String("contact")).toObject();
        for (const char* related : {"notes", "tasks", "appointments"}) {
            const QString key = QLatin1String(related);
            if (object.value(key).isArray() && !contact.contains(key))
                contact.insert(key, object.value(key));
        }
        object = contact;
    }
    record.object = object;
    return record;
}

} // namespace fieldlink::mapping
