#pragma once

#include "core/mapping/Diagnostic.h"
#include "core/mapping/Profile.h"

#include <QJsonObject>
#include <QSet>

namespace fieldlink::mapping {

/// Warnings about routes that parse but cannot do what the admin meant: a route that can never match
/// because a route above it already takes every record it would (FL-MAP-021), and a route whose PowerList or
/// cadence the Kixie account's lists do not know (FL-MAP-022). Reads the profile's `routing` as JSON, so it
/// works on what the editor holds. Shadowing is proved, not guessed: only cases that hold for every record
/// (the same test, `is` within `is one of`, a narrower number range, "is not empty" above a test that needs
/// a value…) are reported.
class RouteChecks {
public:
    /// The IDs the account's lists know. An empty set means "no list entered for that kind yet": nothing
    /// is reported as unknown then.
    struct KnownLists {
        QSet<QString> powerlists;
        QSet<QString> cadences;
    };

    static Diagnostics check(const QJsonObject& routing, Direction direction, const KnownLists& known = {});
    /// True when every record that matches `later` also matches `earlier`.
    static bool covers(const QJsonObject& earlier, const QJsonObject& later);
};

} // namespace fieldlink::mapping
