#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace fieldlink::mapping {

/// Where each value of a JSON document starts, by path ("rules[2].transforms[0].type"), so that problems
/// found after parsing can name a line and column. QJsonDocument keeps no positions; this scanner reads the
/// text once and records them. It assumes the text already parsed as JSON.
class JsonLocator {
public:
    explicit JsonLocator(const QByteArray& text);

    /// 1-based line and column of the value at `path`, or of its closest recorded ancestor.
    std::pair<int, int> position(const QString& path) const;
    /// 1-based line and column of a byte offset.
    std::pair<int, int> positionOfOffset(qsizetype offset) const;
    /// The same for any text, valid JSON or not (for syntax errors).
    static std::pair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset);
    /// Paths that appear more than once (a key repeated in one object); the parsed document keeps the last.
    const QStringList& duplicatePaths() const { return m_duplicates; }

private:
    void scanValue(const QString& path, bool recordPosition);
    void record(const QString& path, qsizetype offset);
    void skipWhitespace();
    void skipSeparator(); ///< white space, an optional comma, white space
    QString readString();

    const QByteArray& m_text;
    qsizetype m_pos = 0;
    QHash<QString, qsizetype> m_offsets;
    QStringList m_duplicates;
};

} // namespace fieldlink::mapping
