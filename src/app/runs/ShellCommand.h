#pragma once

#include <QStringList>

namespace fieldlink {

/// A command line as an admin pastes it into a shell: each word quoted only when it needs to be.
class ShellCommand {
public:
    static QString word(const QString& word);
    static QString line(const QStringList& words);
    /// The line as an HTML paragraph in a fixed-width font that wraps between words, escaped.
    static QString htmlBlock(const QStringList& words);
};

} // namespace fieldlink
