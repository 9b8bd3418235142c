#include "app/mapping/ProfileDocument.h"

#include "app/mapping/commands/ProfileCommands.h"

#include <QJsonDocument>

namespace fieldlink {
namespace {
const auto rulesKey = QStringLiteral("rules");
}

ProfileDocument::ProfileDocument(QObject* parent)
    : QObject(parent) {
}

void ProfileDocument::load(const QJsonObject& profile) {
    Q_EMIT aboutToReset();
    m_undoStack.clear();
    m_json = profile;
    m_rules = profile.value(rulesKey).toArray();
    Q_EMIT wasReset();
    Q_EMIT changed();
}

QJsonObject ProfileDocument::currentJson() const {
    QJsonObject document = m_json;
    document.insert(rulesKey, m_rules);
    return document;
}

QByteArray ProfileDocument::toJson() const {
    return QJsonDocument(currentJson()).toJson(QJsonDocument::Indented);
}

mapping::ParsedProfile ProfileDocument::parse() const {
    return mapping::ProfileParser::parse(toJson());
}

void ProfileDocument::setRule(int row, const QJsonObject& rule, const QString& description) {
    if (rule == this->rule(row))
        return; // an edit that changes nothing is not worth an undo step
    m_undoStack.push(new SetRuleCommand(this, row, rule, description));
}

void ProfileDocument::insertRule(int row, const QJsonObject& rule) {
    m_undoStack.push(new InsertRuleCommand(this, row, rule));
}

void ProfileDocument::removeRule(int row) {
    m_undoStack.push(new RemoveRuleCommand(this, row));
}

void ProfileDocument::moveRule(int from, int to) {
    if (from == to)
        return;
    m_undoStack.push(new MoveRuleCommand(this, from, to));
}

void ProfileDocument::setKey(const QString& key, const QJsonValue& value, const QString& description) {
    if (m_json.value(key) == value)
        return;
    m_undoStack.push(new SetKeyCommand(this, key, value, description));
}

void ProfileDocument::replace(const QJsonObject& profile, const QString& description) {
    m_undoStack.push(new ReplaceDocumentCommand(this, profile, description));
}

void ProfileDocument::applySetKey(const QString& key, const QJsonValue& value) {
    if (value.isUndefined())
        m_json.remove(key);
    else
        m_json.insert(key, value);
    Q_EMIT keyChanged(key);
    Q_EMIT changed();
}

void ProfileDocument::applyReplace(const QJsonObject& profile) {
    Q_EMIT aboutToReset();
    m_json = profile;
    m_rules = profile.value(rulesKey).toArray();
    Q_EMIT wasReset();
    Q_EMIT changed();
}

void ProfileDocument::applySetRule(int row, const QJsonObject& rule) {
    m_rules.replace(row, rule);
    Q_EMIT ruleChanged(row);
    Q_EMIT changed();
}

void ProfileDocument::applyInsertRule(int row, const QJsonObject& rule) {
    Q_EMIT aboutToInsertRule(row);
    m_rules.insert(row, rule);
    Q_EMIT ruleInserted(row);
    Q_EMIT changed();
}

QJsonObject ProfileDocument::applyRemoveRule(int row) {
    Q_EMIT aboutToRemoveRule(row);
    const QJsonObject removed = m_rules.takeAt(row).toObject();
    Q_EMIT ruleRemoved(row);
    Q_EMIT changed();
    return removed;
}

void ProfileDocument::applyMoveRule(int from, int to) {
    Q_EMIT aboutToMoveRule(from, to);
    const QJsonValue moved = m_rules.takeAt(from);
    m_rules.insert(to, moved);
    Q_EMIT ruleMoved(from, to);
    Q_EMIT changed();
}

} // namespace fieldlink
