#include "app/mapping/editors/TransformOptions.h"

#include "core/mapping/TransformCatalog.h"

namespace fieldlink {
namespace {

using mapping::TransformCatalog;
using mapping::TransformOptionSpec;

TransformOption::Kind kindOf(TransformOptionSpec::Kind kind) {
    switch (kind) {
    case TransformOptionSpec::Kind::Choice:
        return TransformOption::Kind::Choice;
    case TransformOptionSpec::Kind::Integer:
        return TransformOption::Kind::Integer;
    case TransformOptionSpec::Kind::Flag:
        return TransformOption::Kind::Flag;
    case TransformOptionSpec::Kind::Condition:
        return TransformOption::Kind::Condition;
    case TransformOptionSpec::Kind::Text:
    case TransformOptionSpec::Kind::ValueTable:
        break;
    }
    return TransformOption::Kind::Text;
}

QList<TransformDescription> describe() {
    QList<TransformDescription> descriptions;
    for (const mapping::TransformSpec& spec : TransformCatalog::all()) {
        TransformDescription description{spec.type,
                                         TransformCatalog::text(spec.title),
                                         TransformCatalog::text(spec.summary),
                                         {},
                                         spec.valueMap};
        for (const TransformOptionSpec& option : spec.options) {
            // A value map's keys are edited together in its table, not as fields of the form.
            if (option.kind == TransformOptionSpec::Kind::ValueTable)
                continue;
            description.options.append({option.key, TransformCatalog::text(option.label), kindOf(option.kind),
                                        option.choices, option.placeholder});
        }
        descriptions.append(description);
    }
    return descriptions;
}

} // namespace

const QList<TransformDescription>& TransformOptions::all() {
    // Built on first use, after the translator is installed.
    static const QList<TransformDescription> descriptions = describe();
    return descriptions;
}

const TransformDescription* TransformOptions::find(const QString& type) {
    for (const TransformDescription& description : all()) {
        if (description.type == type)
            return &description;
    }
    return nullptr;
}

} // namespace fieldlink
