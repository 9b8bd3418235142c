#include "core/mapping/JsonLocator.h"

namespace fieldlink::mapping {

JsonLocator::JsonLocator(const QByteArray& text)
    : m_text(text) {
    skipWhitespace();
    scanValue(QString(), true);
}

void JsonLocator::skipWhitespace() {
    while (m_pos < m_text.size() &&
           (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r' || m_text[m_pos] == '\t'))
        ++m_pos;
}

void JsonLocator::skipSeparator() {
    skipWhitespace();
    if (m_pos < m_text.size() && m_text[m_pos] == ',') {
        ++m_pos;
        skipWhitespace();
    }
}

QString JsonLocator::readString() {
    // Called on the opening quote; keys are short, so decoding escapes through QString is cheap enough.
    const qsizetype start = ++m_pos;
    while (m_pos < m_text.size() && m_text[m_pos] != '"')
        m_pos += m_text[m_pos] == '\\' ? 2 : 1;
    const QByteArray raw = m_text.mid(start, m_pos - start);
    ++m_pos;
    return QString::fromUtf8(raw);
}

void JsonLocator::record(const QString& path, qsizetype offset) {
    if (m_offsets.contains(path))
        m_duplicates << path;
    m_offsets.insert(path, offset);
}

void JsonLocator::scanValue(const QString& path, bool recordPosition) {
    if (m_pos >= m_text.size())
        return;
    if (recordPosition)
        record(path, m_pos);
    const char c = m_text[m_pos];
    if (c == '{') {
        ++m_pos;
        skipWhitespace();
        while (m_pos < m_text.size() && m_text[m_pos] != '}') {
            if (m_text[m_pos] != '"')
                return; // not JSON: nothing more to record
            // A member is reported where its key starts: that is what a person looks for.
            const qsizetype keyStart = m_pos;
            const QString key = readString();
            const QString memberPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            record(memberPath, keyStart);
            skipWhitespace();
            ++m_pos; // ':'
            skipWhitespace();
            scanValue(memberPath, false);
            skipSeparator();
        }
        ++m_pos;
    } else if (c == '[') {
        ++m_pos;
        skipWhitespace();
        int index = 0;
        while (m_pos < m_text.size() && m_text[m_pos] != ']') {
            scanValue(path + QLatin1Char('[') + QString::number(index++) + QLatin1Char(']'), true);
            skipSeparator();
        }
        ++m_pos;
    } else if (c == '"') {
        readString();
    } else {
        // Always consume at least one byte, so even text that is not JSON cannot stall the scan.
        do {
            ++m_pos;
        } while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '}' &&
                 m_text[m_pos] != ']' && m_text[m_pos] != ' ' && m_text[m_pos] != '\n' &&
                 m_text[m_pos] != '\r' && m_text[m_pos] != '\t');
    }
}

std::pair<int, int> JsonLocator::positionOfOffset(qsizetype offset) const {
    return lineAndColumn(m_text, offset);
}

std::pair<int, int> JsonLocator::lineAndColumn(const QByteArray& text, qsizetype offset) {
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return {line, column};
}

std::pair<int, int> JsonLocator::position(const QString& path) const {
    QString candidate = path;
    for (;;) {
        auto it = m_offsets.constFind(candidate);
        if (it != m_offsets.cend())
            return positionOfOffset(it.value());
        const qsizetype cut =
            std::max(candidate.lastIndexOf(QLatin1Char('.')), candidate.lastIndexOf(QLatin1Char('[')));
        if (cut <= 0)
            return positionOfOffset(m_offsets.value(QString(), 0));
        candidate.truncate(cut);
    }
}

} // namespace fieldlink::mapping
