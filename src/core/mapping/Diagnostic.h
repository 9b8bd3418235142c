#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fieldlink::mapping {

enum class Severity { Info, Warning, Error };

/// One finding about a profile or a mapped record. `code` is stable (FL-MAP-nnn) so scripts and support
/// can rely on it; `message` is translated.
struct Diagnostic {
    Severity severity = Severity::Error;
    QString code;
    QString sourcePath; ///< a source field, or a JSON path into the profile ("rules[3].transforms[0]")
    QString target;
    QString message;
    int line = 0; ///< in the profile file, when known
    int column = 0;

    QJsonObject toJson() const;
};

using Diagnostics = QList<Diagnostic>;

QString severityName(Severity severity);
bool hasErrors(const Diagnostics& diagnostics);

/// Stable diagnostic codes. docs/profile-format.md lists them with advice.
namespace code {
inline constexpr auto syntax = "FL-MAP-001";
inline constexpr auto unknownKey = "FL-MAP-002";
inline constexpr auto badValue = "FL-MAP-003";
inline constexpr auto missingKey = "FL-MAP-004";
inline constexpr auto unsupportedFormat = "FL-MAP-005";
inline constexpr auto unknownSource = "FL-MAP-010";
inline constexpr auto unknownTarget = "FL-MAP-011";
inline constexpr auto requiredTargetUnmapped = "FL-MAP-012";
inline constexpr auto typeMismatch = "FL-MAP-013";
inline constexpr auto duplicateMapKey = "FL-MAP-014";
inline constexpr auto routingMatchesNothing = "FL-MAP-015";
inline constexpr auto targetMappedTwice = "FL-MAP-016";
inline constexpr auto ruleReadsNothing = "FL-MAP-017";
inline constexpr auto noRoute = "FL-MAP-020";
inline constexpr auto routeShadowed = "FL-MAP-021";
inline constexpr auto unknownKixieList = "FL-MAP-022";
inline constexpr auto invalidPhone = "FL-MAP-030";
inline constexpr auto unmappedValue = "FL-MAP-031";
inline constexpr auto requiredTargetEmpty = "FL-MAP-032";
inline constexpr auto wrongValueType = "FL-MAP-033";
inline constexpr auto unparseableDate = "FL-MAP-034";
inline constexpr auto truncated = "FL-MAP-035";
inline constexpr auto unknownCustomField = "FL-MAP-036";
inline constexpr auto invalidEmail = "FL-MAP-037";
inline constexpr auto extensionDropped = "FL-MAP-038";
inline constexpr auto sampleValueUncovered = "FL-MAP-040";
inline constexpr auto samplePhonesInvalid = "FL-MAP-041";
inline constexpr auto sampleFieldAlwaysEmpty = "FL-MAP-042";
} // namespace code

} // namespace fieldlink::mapping
