#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fieldlink {

/// What the transform-chain editor shows for each transform type: its name for people and the options its
/// small form edits, translated from core's mapping::TransformCatalog (docs/profile-format.md,
/// "Transforms"). The engine's TransformFactory stays the one judge of what is valid.
struct TransformOption {
    enum class Kind { Text, Choice, Integer, Flag, Condition };
    QString key;
    QString label;
    Kind kind = Kind::Text;
    QStringList choices; ///< Choice: the JSON values, first is the default
    QString placeholder;
};

struct TransformDescription {
    QString type;
    QString title;   ///< translated
    QString summary; ///< translated, one line
    QList<TransformOption> options;
    bool valueMap = false; ///< edited by the value-map table instead of plain options
};

class TransformOptions {
public:
    /// Every transform type, in the order the "Add step" menu lists them.
    static const QList<TransformDescription>& all();
    /// The description of `type`, or null for a type the editor does not know.
    static const TransformDescription* find(const QString& type);
};

} // namespace fieldlink
