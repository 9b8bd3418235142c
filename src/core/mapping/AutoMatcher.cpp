#include "core/mapping/AutoMatcher.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace fieldlink::mapping {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::mapping::AutoMatcher)
};

const QList<QStringList>& synonymGroups() {
    static const QList<QStringList> groups = {
        {QStringLiteral("phone"), QStringLiteral("phonenumber"), QStringLiteral("mobile"),
         QStringLiteral("cell"), QStringLiteral("target"), QStringLiteral("customerphone")},
        {QStringLiteral("company"), QStringLiteral("companyname"), QStringLiteral("businessname"),
         QStringLiteral("organization")},
        {QStringLiteral("email"), QStringLiteral("emailaddress"), QStringLiteral("mail")},
        {QStringLiteral("firstname"), QStringLiteral("fname"), QStringLiteral("givenname")},
        {QStringLiteral("lastname"), QStringLiteral("lname"), QStringLiteral("surname"),
         QStringLiteral("familyname")},
        {QStringLiteral("title"), QStringLiteral("jobtitle"), QStringLiteral("position"),
         QStringLiteral("type")},
        {QStringLiteral("nextcallrefresher"), QStringLiteral("notes"), QStringLiteral("note"),
         QStringLiteral("notebody")},
        {QStringLiteral("crmcontactid"), QStringLiteral("id"), QStringLiteral("contactid")},
        {QStringLiteral("crmuserid"), QStringLiteral("assignedto"), QStringLiteral("owner"),
         QStringLiteral("ownerid")},
    };
    return groups;
}

bool synonyms(const QString& a, const QString& b) {
    return std::any_of(synonymGroups().begin(), synonymGroups().end(),
                       [&](const QStringList& group) { return group.contains(a) && group.contains(b); });
}

QJsonArray suggestedChain(const CatalogField& source, const CatalogField& target) {
    if (target.type == QLatin1String("phone"))
        return {QJsonObject{{QStringLiteral("type"), QStringLiteral("phone_e164")},
                            {QStringLiteral("defaultRegion"), QStringLiteral("US")},
                            {QStringLiteral("regionField"), QStringLiteral("country")},
                            {QStringLiteral("invalid"), QStringLiteral("skip")}}};
    if (target.type == QLatin1String("email"))
        return {QJsonObject{{QStringLiteral("type"), QStringLiteral("email")}}};
    if (source.type == QLatin1String("objects"))
        return {QJsonObject{{QStringLiteral("type"), QStringLiteral("pick")},
                            {QStringLiteral("from"), QStringLiteral("latest")},
                            {QStringLiteral("count"), 2},
                            {QStringLiteral("field"), QStringLiteral("body")}},
                QJsonObject{{QStringLiteral("type"), QStringLiteral("join")},
                            {QStringLiteral("separator"), QStringLiteral(" | ")}},
                QJsonObject{{QStringLiteral("type"), QStringLiteral("truncate")},
                            {QStringLiteral("length"), 500}}};
    if (source.type == QLatin1String("list") && target.type != QLatin1String("list"))
        return {QJsonObject{{QStringLiteral("type"), QStringLiteral("join")},
                            {QStringLiteral("separator"), QStringLiteral(", ")}}};
    if (source.type == QLatin1String("string") && target.type == QLatin1String("string"))
        return {QJsonObject{{QStringLiteral("type"), QStringLiteral("trim")}}};
    return {};
}

} // namespace

QString AutoMatcher::normalise(const QString& name) {
    QString last = name.section(QLatin1Char('.'), -1);
    if (name.startsWith(QLatin1String("customFields.")))
        last = name.section(QLatin1Char('.'), -1);
    QString out;
    for (const QChar c : last)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

double AutoMatcher::similarity(const QString& a, const QString& b) {
    if (a.isEmpty() || b.isEmpty())
        return 0;
    std::vector<qsizetype> previous(static_cast<std::size_t>(b.size() + 1)), current(previous.size());
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[static_cast<std::size_t>(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto uj = static_cast<std::size_t>(j);
            current[uj] = std::min(
                {previous[uj] + 1, current[uj - 1] + 1, previous[uj - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        }
        std::swap(previous, current);
    }
    return 1.0 - static_cast<double>(previous.back()) / static_cast<double>(std::max(a.size(), b.size()));
}

QList<MatchProposal> AutoMatcher::propose(const QSet<QString>& mappedTargets,
                                          const QSet<QString>& usedSources, const FieldCatalog& sources,
                                          const FieldCatalog& targets) {
    QList<MatchProposal> proposals;
    QSet<QString> proposedSources = usedSources;
    for (const CatalogField& target : targets.fields()) {
        if (target.pattern || mappedTargets.contains(target.path))
            continue;
        const QString wanted = normalise(target.path);
        MatchProposal best;
        const CatalogField* bestSource = nullptr;
        for (const CatalogField& source : sources.fields()) {
            if (proposedSources.contains(source.path))
                continue;
            const QString candidate = normalise(source.path);
            double confidence = 0;
            QString reason;
            if (candidate == wanted) {
                confidence = 1.0;
                reason = Tr::tr("Same name");
            } else if (synonyms(candidate, wanted)) {
                confidence = 0.9;
                reason = Tr::tr("\"%1\" and \"%2\" usually mean the same").arg(source.path, target.path);
            } else {
                const double score = similarity(candidate, wanted);
                if (score >= 0.6) {
                    confidence = 0.8 * score;
                    reason = Tr::tr("Similar name (%1% alike)").arg(qRound(score * 100));
                }
            }
            if (confidence > best.confidence) {
                best = {target.path, source.path, confidence, reason, {}};
                bestSource = &source;
            }
        }
        if (bestSource) {
            best.transforms = suggestedChain(*bestSource, target);
            proposedSources.insert(best.source);
            proposals.append(best);
        }
    }
    // Custom fields nobody maps can travel as extra PowerList columns.
    const bool takesExtraColumns =
        std::any_of(targets.fields().begin(), targets.fields().end(), [](const CatalogField& f) {
            return f.pattern && f.path == QLatin1String("extraData.*");
        });
    if (takesExtraColumns) {
        for (const CatalogField& source : sources.fields()) {
            const QString column = QStringLiteral("extraData.") + source.label;
            if (!source.path.startsWith(QLatin1String("customFields.")) ||
                proposedSources.contains(source.path) || mappedTargets.contains(column))
                continue;
            MatchProposal proposal{
                column, source.path, 0.6, Tr::tr("Custom field kept as an extra PowerList column"), {}};
            if (source.type == QLatin1String("list"))
                proposal.transforms = {QJsonObject{{QStringLiteral("type"), QStringLiteral("join")},
                                                   {QStringLiteral("separator"), QStringLiteral(", ")}}};
            proposals.append(proposal);
        }
    }
    std::stable_sort(proposals.begin(), proposals.end(), [](const MatchProposal& a, const MatchProposal& b) {
        return a.confidence > b.confidence;
    });
    return proposals;
}

} // namespace fieldlink::mapping
