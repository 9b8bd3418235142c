#include "app/mapping/models/RuleTableModel.h"

#include "app/common/CheckResultModel.h"
#include "app/mapping/ProfileDocument.h"
#include "app/mapping/models/FieldCatalogModel.h"
#include "core/mapping/FieldLabels.h"
#include "core/mapping/TransformCatalog.h"

#include <QJsonArray>
#include <QMimeData>
#include <QRegularExpression>

namespace fieldlink {
namespace {

const auto targetKey = QStringLiteral("target");
const auto sourceKey = QStringLiteral("source");
const auto sourcesKey = QStringLiteral("sources");

QStringList transformTypesOf(const QJsonObject& rule) {
    QStringList types;
    for (const QJsonValue& transform : rule.value(QLatin1String("transforms")).toArray())
        types << (transform.isString() ? transform.toString()
                                       : transform.toObject().value(QLatin1String("type")).toString());
    return types;
}

mapping::Severity worst(const QList<mapping::Diagnostic>& diagnostics) {
    mapping::Severity severity = mapping::Severity::Info;
    for (const mapping::Diagnostic& diagnostic : diagnostics)
        severity = std::max(severity, diagnostic.severity);
    return severity;
}

} // namespace

RuleTableModel::RuleTableModel(ProfileDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document) {
    connect(document, &ProfileDocument::aboutToReset, this, &RuleTableModel::beginResetModel);
    connect(document, &ProfileDocument::wasReset, this, &RuleTableModel::endResetModel);
    connect(document, &ProfileDocument::ruleChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(document, &ProfileDocument::aboutToInsertRule, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(document, &ProfileDocument::ruleInserted, this, &RuleTableModel::endInsertRows);
    connect(document, &ProfileDocument::aboutToRemoveRule, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(document, &ProfileDocument::ruleRemoved, this, &RuleTableModel::endRemoveRows);
    connect(document, &ProfileDocument::aboutToMoveRule, this, [this](int from, int to) {
        // Qt counts the destination before the move: moving down lands one past the target row.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(document, &ProfileDocument::ruleMoved, this, &RuleTableModel::endMoveRows);
}

int RuleTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_document->ruleCount();
}

int RuleTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject rule = m_document->rule(index.row());
    if (index.column() == StatusColumn) {
        const QList<mapping::Diagnostic> problems = diagnosticsOf(index.row());
        const mapping::Severity severity = worst(problems);
        switch (role) {
        case Qt::DecorationRole:
            return CheckResultModel::iconFor(problems.isEmpty() ? api::CheckLine::State::Passed
                                             : severity == mapping::Severity::Error
                                                 ? api::CheckLine::State::Failed
                                                 : api::CheckLine::State::Warning);
        case Qt::DisplayRole:
            if (m_notPreviewed.contains(index.row()))
                return tr("Not previewed: %1").arg(m_notPreviewed.value(index.row()));
            return problems.isEmpty() ? tr("OK") : problems.constFirst().code;
        case Qt::ToolTipRole: {
            QStringList lines;
            for (const mapping::Diagnostic& problem : problems)
                lines << problem.code + QStringLiteral(": ") + problem.message;
            return lines.join(QLatin1Char('\n'));
        }
        case SeverityRole:
            return problems.isEmpty() ? -1 : static_cast<int>(severity);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("Profile path: rules[%1]").arg(index.row());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case TargetColumn: {
        // Shown by the label the admin knows the field by; edited (and matched) by its key.
        const QString target = rule.value(targetKey).toString();
        if (role != Qt::DisplayRole || target.isEmpty())
            return target;
        return m_targetLabels.value(target, mapping::FieldLabels::label(target));
    }
    case SourcesColumn:
        return sourcesOf(rule).join(QLatin1String(", "));
    case TransformsColumn: {
        QStringList names;
        for (const QString& type : transformTypesOf(rule))
            names << mapping::TransformCatalog::title(type);
        return names.isEmpty() ? mapping::TransformCatalog::title(QStringLiteral("copy"))
                               : names.join(QStringLiteral(" → "));
    }
    case AppliesColumn: {
        const bool required = rule.value(QLatin1String("required")).toBool();
        if (rule.contains(QLatin1String("when")))
            return required ? tr("Required, when its condition holds") : tr("When its condition holds");
        return required ? tr("Required") : QString();
    }
    default:
        return {};
    }
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case SourcesColumn:
        return tr("Source");
    case TransformsColumn:
        return tr("Transforms");
    case AppliesColumn:
        return tr("Applies");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags RuleTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    // Only the space between and below the rules takes drops: the view then shows a line, never a box
    // around a rule, and the drop lands where that line is.
    if (!index.isValid())
        flags |= Qt::ItemIsDropEnabled;
    if (index.isValid() && (index.column() == TargetColumn || index.column() == SourcesColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RuleTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString().trimmed();
    if (index.column() == TargetColumn) {
        setTarget(index.row(), text);
        return true;
    }
    // Several sources, comma-separated, feed a concat or a template; one is a plain source.
    QStringList sources = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& source : sources)
        source = source.trimmed();
    setSources(index.row(), sources);
    return true;
}

void RuleTableModel::setSources(int row, const QStringList& sources, bool append) {
    QJsonObject rule = m_document->rule(row);
    QStringList all = append ? sourcesOf(rule) : QStringList();
    for (const QString& source : sources) {
        if (!all.contains(source))
            all << source;
    }
    rule.remove(sourceKey);
    rule.remove(sourcesKey);
    if (all.size() == 1)
        rule.insert(sourceKey, all.constFirst());
    else if (all.size() > 1)
        rule.insert(sourcesKey, QJsonArray::fromStringList(all));
    const QString target = rule.value(targetKey).toString();
    m_document->setRule(row, rule, tr("Map %1 from %2").arg(ruleName(row), all.join(QLatin1String(", "))));
}

QString RuleTableModel::ruleName(int row) const {
    const QString target = m_document->rule(row).value(targetKey).toString();
    return target.isEmpty() ? tr("(no target)") : target;
}

void RuleTableModel::setTarget(int row, const QString& target) {
    QJsonObject rule = m_document->rule(row);
    rule.insert(targetKey, target);
    m_document->setRule(row, rule, tr("Set target of rule for %1 to %2").arg(ruleName(row), target));
}

QStringList RuleTableModel::mimeTypes() const {
    return {FieldCatalogModel::mimeType(FieldCatalogModel::Side::Source),
            FieldCatalogModel::mimeType(FieldCatalogModel::Side::Target)};
}

QStringList RuleTableModel::pathsIn(const QMimeData* data, const QString& mimeType) {
    if (!data || !data->hasFormat(mimeType))
        return {};
    return QString::fromUtf8(data->data(mimeType)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool RuleTableModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                     const QModelIndex&) const {
    return action == Qt::CopyAction &&
           (!pathsIn(data, FieldCatalogModel::mimeType(FieldCatalogModel::Side::Source)).isEmpty() ||
            !pathsIn(data, FieldCatalogModel::mimeType(FieldCatalogModel::Side::Target)).isEmpty());
}

bool RuleTableModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                  const QModelIndex& parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList sources = pathsIn(data, FieldCatalogModel::mimeType(FieldCatalogModel::Side::Source));
    const QStringList targets = pathsIn(data, FieldCatalogModel::mimeType(FieldCatalogModel::Side::Target));
    // Between rules or below the last: new rules, one per target dropped, or one reading the sources. A drop
    // reported onto a rule (by another view, or a script) adds below that rule.
    const int at = parent.isValid() ? parent.row() + 1 : row < 0 || row > rowCount() ? rowCount() : row;
    m_document->undoStack()->beginMacro(
        sources.isEmpty() ? tr("Add %n rule(s) by drag and drop", nullptr, static_cast<int>(targets.size()))
                          : tr("Add rule reading %1").arg(sources.join(QLatin1String(", "))));
    if (!sources.isEmpty()) {
        QJsonObject rule{{targetKey, QString()}};
        if (sources.size() == 1)
            rule.insert(sourceKey, sources.constFirst());
        else
            rule.insert(sourcesKey, QJsonArray::fromStringList(sources));
        m_document->insertRule(at, rule);
    } else {
        for (int i = 0; i < targets.size(); ++i)
            m_document->insertRule(at + i, QJsonObject{{targetKey, targets.at(i)}});
    }
    m_document->undoStack()->endMacro();
    return true;
}

bool RuleTableModel::insertRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    m_document->undoStack()->beginMacro(tr("Add %n rule(s)", nullptr, count));
    for (int i = 0; i < count; ++i)
        m_document->insertRule(row + i, QJsonObject{{targetKey, QString()}});
    m_document->undoStack()->endMacro();
    return true;
}

bool RuleTableModel::removeRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    m_document->undoStack()->beginMacro(tr("Remove %n rule(s)", nullptr, count));
    for (int i = 0; i < count; ++i)
        m_document->removeRule(row);
    m_document->undoStack()->endMacro();
    return true;
}

QStringList RuleTableModel::sourcesOf(const QJsonObject& rule) {
    if (rule.contains(sourceKey))
        return {rule.value(sourceKey).toString()};
    QStringList sources;
    for (const QJsonValue& source : rule.value(sourcesKey).toArray())
        sources << source.toString();
    return sources;
}

int RuleTableModel::ruleOf(const mapping::Diagnostic& diagnostic) {
    static const QRegularExpression rulePath(QStringLiteral("^rules\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = rulePath.match(diagnostic.sourcePath);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QList<mapping::Diagnostic> RuleTableModel::diagnosticsOf(int row) const {
    QList<mapping::Diagnostic> found;
    for (const mapping::Diagnostic& diagnostic : m_diagnostics) {
        if (ruleOf(diagnostic) == row)
            found << diagnostic;
    }
    return found;
}

void RuleTableModel::setRulesNotPreviewed(const QHash<int, QString>& reasons) {
    m_notPreviewed = reasons;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void RuleTableModel::setDiagnostics(const mapping::Diagnostics& diagnostics) {
    m_diagnostics = diagnostics;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void RuleTableModel::setTargetLabels(const QHash<QString, QString>& labels) {
    if (labels == m_targetLabels)
        return;
    m_targetLabels = labels;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TargetColumn), index(rowCount() - 1, TargetColumn), {Qt::DisplayRole});
}

} // namespace fieldlink
