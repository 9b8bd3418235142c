#pragma once

#include "core/mapping/Condition.h"
#include "core/mapping/FieldPath.h"
#include "core/mapping/Transform.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace fieldlink::mapping {

enum class Direction { GhlToKixie, KixieToGhl };

QString directionName(Direction direction);
/// The direction a profile's "direction" names; nullopt for anything else.
std::optional<Direction> directionFromName(QStringView name);

/// source field(s) -> transform chain -> target field.
struct Rule {
    QString target;
    QStringList sources; ///< one source gives its value; several give a list (for concat)
    std::vector<FieldPath> sourcePaths;
    std::vector<std::unique_ptr<Transform>> transforms;
    QStringList transformTypes;
    bool required = false;
    /// What an empty required target does to the record: fail it, or skip it with a warning (a contact
    /// without a phone number is not an error, it just cannot become a PowerList row).
    bool skipWhenMissing = false;
    std::unique_ptr<Condition> when; ///< null: the rule always applies
    QString jsonPath;                ///< "rules[3]", for diagnostics and the editor
    /// kixie_to_ghl: a value Fieldlink counts instead of reading from the event. "callCount": the number of
    /// distinct calls of the contact seen so far. Empty for an ordinary rule.
    QString aggregate;
};

/// kixie_to_ghl `update.*` targets: what a call writes into the GHL contact itself (the "contact" action).
namespace contactupdate {
inline constexpr auto prefix = "update.";
inline constexpr auto customFieldPrefix = "update.customFields.";
inline constexpr auto callCount = "callCount";
/// True for "update.source", "update.customFields.contact.x".
bool isTarget(const QString& target);
/// "contact.x" for "update.customFields.contact.x"; empty for anything else.
QString customFieldKey(const QString& target);
/// "source" for "update.source"; empty for a custom field target or anything else.
QString standardField(const QString& target);
/// GHL's dndSettings channel keys, in the order GHL documents them.
const QStringList& dndChannels();
} // namespace contactupdate

/// kixie_to_ghl: a disposition that sets GHL's do-not-disturb on these channels (never lifted by Fieldlink).
struct DndMapping {
    QStringList dispositions; ///< compared without regard to case or surrounding spaces
    QStringList channels;     ///< dndSettings keys: Call, Email, SMS, WhatsApp, GMB, FB
    QString jsonPath;         ///< "doNotDisturb[0]"

    bool matches(const QString& disposition) const;
};

/// Where a record goes. ghl_to_kixie: a PowerList and optionally a cadence; kixie_to_ghl: GHL actions.
struct Route {
    QString name;
    std::unique_ptr<Condition> when; ///< null: always
    QString powerlistId;
    QString cadenceId;
    QStringList actions; ///< note, task, tags, contact
    QString jsonPath;
};

struct Routing {
    std::vector<Route> routes; ///< the first match wins
    std::unique_ptr<Route> fallback;
    /// ghl_to_kixie: what happens to a contact's row when it stops matching its route: "remove" or "keep".
    QString onStopMatching = QStringLiteral("remove");
};

/// kixie_to_ghl: what a call from a number no GHL contact has does. Skipped by default (a call from a
/// stranger is not a failure); "create" adds the caller to GHL first (phone, name, `tag`).
struct UnknownCallers {
    enum class Action { Skip, Create };
    Action action = Action::Skip;
    QString tag =
        QStringLiteral("kixie-unknown-caller"); ///< given to a contact Fieldlink creates; may be empty
};

/// A profile compiled into an executable plan: field paths resolved (custom fields to this location's ids),
/// transforms built. Immutable, and safe to share between threads.
struct Profile {
    static constexpr auto formatName = "fieldlink.profile/1";

    QString name;
    QString description;
    Direction direction = Direction::GhlToKixie;
    QString object; ///< contact, note, task, appointment, call_event
    QStringList matchKeys;
    QString duplicateHandling = QStringLiteral("merge");
    UnknownCallers unknownCallers;
    Routing routing;
    std::vector<Rule> rules;
    std::vector<DndMapping> doNotDisturb; ///< kixie_to_ghl; evaluated on every disposition event
    QString dndMessage;                   ///< template of the DND message; empty: the built-in text
    QJsonObject json;                     ///< the document it was read from
};

} // namespace fieldlink::mapping
