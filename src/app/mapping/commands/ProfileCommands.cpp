#include "app/mapping/commands/ProfileCommands.h"

#include "app/mapping/ProfileDocument.h"

#include <QCoreApplication>

namespace fieldlink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::ProfileCommands)
};

QString targetOf(const QJsonObject& rule) {
    const QString target = rule.value(QLatin1String("target")).toString();
    return target.isEmpty() ? Tr::tr("(no target)") : target;
}

} // namespace

SetRuleCommand::SetRuleCommand(ProfileDocument* document, int row, QJsonObject after, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_row(row)
    , m_before(document->rule(row))
    , m_after(std::move(after)) {
}

void SetRuleCommand::redo() {
    m_document->applySetRule(m_row, m_after);
}

void SetRuleCommand::undo() {
    m_document->applySetRule(m_row, m_before);
}

InsertRuleCommand::InsertRuleCommand(ProfileDocument* document, int row, QJsonObject rule)
    : QUndoCommand(Tr::tr("Add rule for %1").arg(targetOf(rule)))
    , m_document(document)
    , m_row(row)
    , m_rule(std::move(rule)) {
}

void InsertRuleCommand::redo() {
    m_document->applyInsertRule(m_row, m_rule);
}

void InsertRuleCommand::undo() {
    m_document->applyRemoveRule(m_row);
}

RemoveRuleCommand::RemoveRuleCommand(ProfileDocument* document, int row)
    : QUndoCommand(Tr::tr("Remove rule for %1").arg(targetOf(document->rule(row))))
    , m_document(document)
    , m_row(row) {
}

void RemoveRuleCommand::redo() {
    m_removed = m_document->applyRemoveRule(m_row);
}

void RemoveRuleCommand::undo() {
    m_document->applyInsertRule(m_row, m_removed);
}

MoveRuleCommand::MoveRuleCommand(ProfileDocument* document, int from, int to)
    : QUndoCommand(Tr::tr("Move rule for %1").arg(targetOf(document->rule(from))))
    , m_document(document)
    , m_from(from)
    , m_to(to) {
}

void MoveRuleCommand::redo() {
    m_document->applyMoveRule(m_from, m_to);
}

void MoveRuleCommand::undo() {
    m_document->applyMoveRule(m_to, m_from);
}

SetKeyCommand::SetKeyCommand(ProfileDocument* document, QString key, QJsonValue after, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_key(std::move(key))
    , m_before(document->json().value(m_key))
    , m_after(std::move(after)) {
}

void SetKeyCommand::redo() {
    m_document->applySetKey(m_key, m_after);
}

void SetKeyCommand::undo() {
    m_document->applySetKey(m_key, m_before);
}

ReplaceDocumentCommand::ReplaceDocumentCommand(ProfileDocument* document, QJsonObject after,
                                               const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->currentJson())
    , m_after(std::move(after)) {
}

void ReplaceDocumentCommand::redo() {
    m_document->applyReplace(m_after);
}

void ReplaceDocumentCommand::undo() {
    m_document->applyReplace(m_before);
}

} // namespace fieldlink
