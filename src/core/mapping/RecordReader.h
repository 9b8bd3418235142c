#pragma once

#include "core/mapping/Profile.h"

#include <QFile>
#include <QJsonObject>

namespace fieldlink::mapping {

/// Reads source records, one JSON object per line, in the shapes `map` accepts: a GHL contact as
/// GET /contacts/{id} returns it (inside "contact", with optional sibling "notes" / "tasks" /
/// "appointments" arrays, or bare), or a Kixie webhook payload.
class RecordReader {
public:
    struct Record {
        QJsonObject object;
        QString error; ///< set when the line is not a JSON object
        qsizetype lineNumber = 0;
    };

    RecordReader(QString path, Direction direction)
        : m_file(std::move(path))
        , m_direction(direction) {}
    bool open();
    QString errorString() const;
    /// The next non-blank line as a record; false at the end of the file.
    bool next(Record* record);

    /// The next non-blank line as text, with its line number, for a caller that parses lines elsewhere
    /// (`map` parses on every core); false at the end of the file.
    bool nextLine(QByteArray* line, qsizetype* lineNumber);
    /// One line as a record, in the shapes described above. Pure: safe to call on any thread.
    static Record parse(const QByteArray& line, qsizetype lineNumber, Direction direction);

private:
    QFile m_file;
    Direction m_direction;
    qsizetype m_lineNumber = 0;
};

} // namespace fieldlink::mapping
