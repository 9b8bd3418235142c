#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fieldlink::mapping {

/// One option a transform takes in a profile (`{"type": "split", "separator": ","}`).
struct TransformOptionSpec {
    enum class Kind {
        Text,
        Choice,
        Integer,
        Flag,
        Condition,
        ValueTable, ///< part of a value map's table (map, default, unmapped, caseSensitive)
    };
    QString key;
    Kind kind = Kind::Text;
    const char* label = nullptr; ///< untranslated; translate with TransformCatalog::text()
    QStringList choices;         ///< Choice: the JSON values, the first is the default
    QString placeholder;
};

/// One transform type: its name and summary for people and every option it takes.
struct TransformSpec {
    QString type;
    const char* title = nullptr;   ///< untranslated
    const char* summary = nullptr; ///< untranslated, one line
    QList<TransformOptionSpec> options;
    bool valueMap = false;  ///< edited through a value table rather than plain options
    bool shorthand = false; ///< may be written as its bare name ("trim") in a profile
};

/// The one description of every transform: TransformFactory takes the options each type allows from it,
/// the mapping editor builds its option forms from it, and a test holds the profile schema to it.
class TransformCatalog {
public:
    /// Every type, in the order the editor offers them.
    static const QList<TransformSpec>& all();
    /// The description of `type`, or null for an unknown type.
    static const TransformSpec* find(const QString& type);
    static QStringList types();
    /// A title, summary or option label in the user's language.
    static QString text(const char* untranslated);
    /// The name of `type` in the user's language ("phone_e164" -> "Phone to E.164"); an unknown type as it
    /// is.
    static QString title(const QString& type);
    /// What a Choice option's JSON value means, in the user's language ("epoch_ms" -> "Milliseconds since
    /// 1970"): the editor shows these words and writes the value. An unknown value is shown as it is.
    static QString choiceText(const QString& choice);

private:
    static QList<TransformSpec> describe();
};

} // namespace fieldlink::mapping
