#pragma once

#include "Profile.h"

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
    /// The next non-blank line; false at the end of the file.
    bool next(Record* record);

private:
    QFile m_file;
    Direction m_direction;
    qsizetype m_lineNumber = 0;
};

} // namespace fieldlink::mapping
