#pragma once

#include "core/mapping/Diagnostic.h"
#include "core/mapping/FieldPath.h"
#include "core/mapping/ParseContext.h"

#include <QJsonObject>
#include <QJsonValue>

#include <memory>

namespace fieldlink::mapping {

class PhoneNormaliser;

/// What a transform decided about the whole record, besides its value.
enum class Outcome { Ok, SkipRecord, FailRecord };

struct Step {
    QJsonValue value;
    Outcome outcome = Outcome::Ok;
};

/// Everything a transform may look at while it runs. Built per rule, per record, on the caller's thread.
struct TransformContext {
    const QJsonObject& record;
    const QString& source;
    const QString& target;
    Diagnostics& diagnostics;
    PhoneNormaliser& phones;

    void report(Severity severity, const char* code, const QString& message) const;
};

/// One step of a rule's chain. Transforms are immutable once built and safe to share between threads.
class Transform {
public:
    virtual ~Transform() = default;
    virtual Step apply(const QJsonValue& input, const TransformContext& context) const = 0;
    /// Values this step maps from, for the sample checks of a value map; empty for other transforms.
    virtual QStringList mappedKeys() const { return {}; }
    /// The value a value map gives for `input`, when it covers it (sample checks).
    virtual bool covers(const QJsonValue& input) const {
        Q_UNUSED(input)
        return true;
    }
};

/// Builds a transform from its JSON spec (`{"type": "trim"}`); reports problems at `path`.
std::unique_ptr<Transform> createTransform(const QJsonValue& spec, const QString& path, ParseContext& context,
                                           const CustomFieldDirectory& customFields);
/// The names `createTransform` understands, for the editor and the docs.
QStringList transformTypes();

} // namespace fieldlink::mapping
