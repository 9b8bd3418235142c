#include "core/mapping/RouteChecks.h"

#include "core/mapping/ValueText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fieldlink::mapping {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::mapping::RouteChecks)
};

const auto fieldKey = QStringLiteral("field");
const auto opKey = QStringLiteral("op");
const auto valueKey = QStringLiteral("value");

QString opOf(const QJsonObject& leaf) {
    return leaf.value(opKey).toString(QStringLiteral("eq"));
}

bool sameText(const QJsonValue& a, const QJsonValue& b) {
    return valueText(a).compare(valueText(b), Qt::CaseInsensitive) == 0;
}

bool listHolds(const QJsonArray& list, const QJsonValue& value) {
    return std::any_of(list.begin(), list.end(),
                       [&](const QJsonValue& item) { return sameText(item, value); });
}

/// Operators that only hold for a value that is there (the engine answers false for an empty one).
bool needsValue(const QString& op) {
    static const QSet<QString> ops{
        QStringLiteral("eq"),      QStringLiteral("contains"), QStringLiteral("in"),
        QStringLiteral("matches"), QStringLiteral("gt"),       QStringLiteral("gte"),
        QStringLiteral("lt"),      QStringLiteral("lte"),      QStringLiteral("exists")};
    return ops.contains(op);
}

/// A number range test (gt, gte, lt, lte) above holds for every number a narrower one below accepts.
bool rangeCovers(const QString& earlierOp, double earlier, const QString& laterOp, double later) {
    const bool earlierLower = earlierOp.startsWith(QLatin1Char('g'));
    const bool laterLower = laterOp.startsWith(QLatin1Char('g'));
    if (earlierLower != laterLower)
        return false;
    const bool earlierStrict = earlierOp.size() == 2; // gt, lt
    const bool laterStrict = laterOp.size() == 2;
    if (earlierLower)
        return later > earlier || (later == earlier && (!earlierStrict || laterStrict));
    return later < earlier || (later == earlier && (!earlierStrict || laterStrict));
}

bool leafCovers(const QJsonObject& earlier, const QJsonObject& later) {
    if (earlier.value(fieldKey).toString() != later.value(fieldKey).toString())
        return false;
    const QString a = opOf(earlier);
    const QString b = opOf(later);
    const QJsonValue x = earlier.value(valueKey);
    const QJsonValue y = later.value(valueKey);
    if (a == b && (a == QLatin1String("exists") || a == QLatin1String("not_exists")))
        return true;
    if (a == QLatin1String("exists"))
        return needsValue(b);
    if (a == b && (a == QLatin1String("eq") || a == QLatin1String("contains") || a == QLatin1String("ne") ||
                   a == QLatin1String("not_contains")))
        return sameText(x, y);
    if (a == QLatin1String("contains") && b == QLatin1String("eq"))
        return sameText(x, y); // text equal to v contains v; a tag list with v contains v
    if ((a == QLatin1String("eq") || a == QLatin1String("contains")) && b == QLatin1String("in")) {
        const QJsonArray values = y.toArray();
        return !values.isEmpty() &&
               std::all_of(values.begin(), values.end(), [&](const QJsonValue& v) { return sameText(v, x); });
    }
    if (a == QLatin1String("in") && b == QLatin1String("eq"))
        return listHolds(x.toArray(), y);
    if (a == QLatin1String("in") && b == QLatin1String("in")) {
        const QJsonArray values = y.toArray();
        return std::all_of(values.begin(), values.end(),
                           [&](const QJsonValue& v) { return listHolds(x.toArray(), v); });
    }
    static const QSet<QString> ranges{QStringLiteral("gt"), QStringLiteral("gte"), QStringLiteral("lt"),
                                      QStringLiteral("lte")};
    if (ranges.contains(a) && ranges.contains(b)) {
        const auto earlierBound = comparableNumber(x);
        const auto laterBound = comparableNumber(y);
        return earlierBound && laterBound && rangeCovers(a, *earlierBound, b, *laterBound);
    }
    return false;
}

QString routeName(const QJsonObject& route, qsizetype index) {
    const QString name = route.value(QLatin1String("name")).toString();
    return name.isEmpty() ? Tr::tr("route %L1").arg(index + 1) : name;
}

void checkList(const QJsonObject& route, const QString& path, const QString& name, const QString& key,
               const QSet<QString>& known, Diagnostics& found) {
    const QString id = route.value(key).toVariant().toString().trimmed();
    if (id.isEmpty() || known.isEmpty() || known.contains(id))
        return;
    const QString message =
        key == QLatin1String("powerlist")
            ? Tr::tr("Route \"%1\" sends contacts to PowerList %2, which is not among this Kixie account's "
                     "PowerLists. Check the ID, or add the list under \"Edit lists…\".")
            : Tr::tr("Route \"%1\" enrols contacts in cadence %2, which is not among this Kixie account's "
                     "cadences. Check the ID, or add the cadence under \"Edit lists…\".");
    found.append({Severity::Warning,
                  QString::fromLatin1(code::unknownKixieList),
                  path + QLatin1Char('.') + key,
                  {},
                  message.arg(name, id)});
}

} // namespace

bool RouteChecks::covers(const QJsonObject& earlier, const QJsonObject& later) {
    if (earlier.isEmpty() || later.isEmpty())
        return false;
    if (earlier == later)
        return true;
    const QJsonArray laterAll = later.value(QLatin1String("all")).toArray();
    const QJsonArray laterAny = later.value(QLatin1String("any")).toArray();
    const QJsonArray earlierAll = earlier.value(QLatin1String("all")).toArray();
    const QJsonArray earlierAny = earlier.value(QLatin1String("any")).toArray();
    // A record matching every part of `later` matches the part `earlier` covers.
    if (std::any_of(laterAll.begin(), laterAll.end(),
                    [&](const QJsonValue& part) { return covers(earlier, part.toObject()); }))
        return true;
    if (!laterAny.isEmpty() && std::all_of(laterAny.begin(), laterAny.end(), [&](const QJsonValue& part) {
            return covers(earlier, part.toObject());
        }))
        return true;
    if (std::any_of(earlierAny.begin(), earlierAny.end(),
                    [&](const QJsonValue& part) { return covers(part.toObject(), later); }))
        return true;
    if (!earlierAll.isEmpty() &&
        std::all_of(earlierAll.begin(), earlierAll.end(),
                    [&](const QJsonValue& part) { return covers(part.toObject(), later); }))
        return true;
    if (earlier.contains(fieldKey) && later.contains(fieldKey))
        return leafCovers(earlier, later);
    return false;
}

Diagnostics RouteChecks::check(const QJsonObject& routing, Direction direction, const KnownLists& known) {
    Diagnostics found;
    const QJsonArray routes = routing.value(QLatin1String("routes")).toArray();
    for (qsizetype later = 0; later < routes.size(); ++later) {
        const QJsonObject route = routes.at(later).toObject();
        const QString path = QStringLiteral("routing.routes[%1]").arg(later);
        for (qsizetype earlier = 0; earlier < later; ++earlier) {
            const QJsonObject above = routes.at(earlier).toObject();
            if (!covers(above.value(QLatin1String("when")).toObject(),
                        route.value(QLatin1String("when")).toObject()))
                continue;
            found.append({Severity::Warning,
                          QString::fromLatin1(code::routeShadowed),
                          path,
                          {},
                          Tr::tr("Route \"%1\" can never match: every contact it would take matches route "
                                 "\"%2\" above it first. Move it above \"%2\" or narrow \"%2\".")
                              .arg(routeName(route, later), routeName(above, earlier))});
            break;
        }
        if (direction == Direction::GhlToKixie) {
            const QString name = routeName(route, later);
            checkList(route, path, name, QStringLiteral("powerlist"), known.powerlists, found);
            checkList(route, path, name, QStringLiteral("cadence"), known.cadences, found);
        }
    }
    const QJsonObject fallback = routing.value(QLatin1String("default")).toObject();
    if (direction == Direction::GhlToKixie && !fallback.isEmpty()) {
        const QString name = fallback.value(QLatin1String("name")).toString(Tr::tr("default"));
        checkList(fallback, QStringLiteral("routing.default"), name, QStringLiteral("powerlist"),
                  known.powerlists, found);
        checkList(fallback, QStringLiteral("routing.default"), name, QStringLiteral("cadence"),
                  known.cadences, found);
    }
    return found;
}

} // namespace fieldlink::mapping
