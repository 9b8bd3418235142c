#include "core/mapping/FieldLabels.h"

#include "core/mapping/FieldCatalog.h"
#include "core/mapping/ValueText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <climits>

namespace fieldlink::mapping {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::mapping::FieldLabels)
};

const QString extraPrefix = QStringLiteral("extraData.");

/// Catalog labels and positions of every target field, both directions; read once (the catalogs are
/// embedded resources and translated as they load, after the translators are installed).
struct Catalog {
    QHash<QString, QString> labels;
    QHash<QString, int> positions;

    Catalog() {
        for (const Direction direction : {Direction::GhlToKixie, Direction::KixieToGhl}) {
            const FieldCatalog targets = FieldCatalog::targetsFor(direction);
            for (const CatalogField& field : targets.fields()) {
                if (field.pattern || labels.contains(field.path))
                    continue;
                positions.insert(field.path, static_cast<int>(positions.size()));
                labels.insert(field.path, field.label);
            }
        }
    }
};

const Catalog& catalog() {
    static const Catalog instance;
    return instance;
}

/// The keys a mapped payload carries that no catalog lists: the engine adds them.
QString builtInLabel(const QString& key) {
    if (key == QLatin1String("powerlistId"))
        return Tr::tr("PowerList");
    if (key == QLatin1String("duplicateHandling"))
        return Tr::tr("If the row exists");
    if (key == QLatin1String("cadenceid"))
        return Tr::tr("Cadence");
    if (key == QLatin1String("contact"))
        return Tr::tr("Contact");
    if (key == QLatin1String("note"))
        return Tr::tr("Note");
    if (key == QLatin1String("task"))
        return Tr::tr("Task");
    if (key == QLatin1String("tags"))
        return Tr::tr("Tags");
    return {};
}

} // namespace

QString FieldLabels::label(const QString& key) {
    if (const QString label = catalog().labels.value(key); !label.isEmpty())
        return label;
    if (key.startsWith(extraPrefix) && key.size() > extraPrefix.size())
        return Tr::tr("%1 (extra column)").arg(key.mid(extraPrefix.size()));
    if (const QString label = builtInLabel(key); !label.isEmpty())
        return label;
    return key;
}

QStringList FieldLabels::keysOf(const QJsonObject& payload) {
    // A nested object (extraData's columns, a call's note or task) is one column per field:
    // "extraData.Budget", "note.body".
    QStringList keys;
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        if (it.value().isObject() && !it.value().toObject().isEmpty()) {
            const QJsonObject nested = it.value().toObject();
            for (auto field = nested.begin(); field != nested.end(); ++field)
                keys << it.key() + QLatin1Char('.') + field.key();
        } else {
            keys << it.key();
        }
    }
    return ordered(keys);
}

QStringList FieldLabels::ordered(QStringList keys) {
    const QHash<QString, int>& positions = catalog().positions;
    std::stable_sort(keys.begin(), keys.end(), [&positions](const QString& left, const QString& right) {
        const int leftAt = positions.value(left, INT_MAX);
        const int rightAt = positions.value(right, INT_MAX);
        return leftAt != rightAt ? leftAt < rightAt : left < right;
    });
    keys.removeDuplicates();
    return keys;
}

QString FieldLabels::valueText(const QJsonObject& payload, const QString& key) {
    if (payload.contains(key) || !key.contains(QLatin1Char('.')))
        return mapping::valueText(payload.value(key));
    return mapping::valueText(payload.value(key.section(QLatin1Char('.'), 0, 0))
                                  .toObject()
                                  .value(key.section(QLatin1Char('.'), 1)));
}

} // namespace fieldlink::mapping
