#include "core/mapping/Diagnostic.h"

#include <algorithm>

namespace fieldlink::mapping {

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

bool hasErrors(const Diagnostics& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

QJsonObject Diagnostic::toJson() const {
    QJsonObject json{{QStringLiteral("severity"), severityName(severity)},
                     {QStringLiteral("code"), code},
                     {QStringLiteral("message"), message}};
    if (!sourcePath.isEmpty())
        json.insert(QStringLiteral("source"), sourcePath);
    if (!target.isEmpty())
        json.insert(QStringLiteral("target"), target);
    if (line > 0) {
        json.insert(QStringLiteral("line"), line);
        json.insert(QStringLiteral("column"), column);
    }
    return json;
}

} // namespace fieldlink::mapping
