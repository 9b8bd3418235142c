#include "app/mapping/ProfileDocument.h"
#include "core/mapping/ProfileLoader.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace fieldlink;

/// The profile being edited: changed only through undoable commands.
class TestProfileDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void loadingIsNotAnEdit();
    void theModifiedMarkFollowsUndo();
    void everyEditUndoesExactly();
    void theDocumentRoundTripsAndParsesItsEdits();

private:
    ProfileDocument m_document;
    QJsonObject m_original;
};

void TestProfileDocument::init() {
    const auto loaded = mapping::ProfileLoader::load(QStringLiteral("kixie-calls-to-ghl"));
    QVERIFY(loaded.error.isEmpty());
    m_original = QJsonDocument::fromJson(loaded.text).object();
    m_document.load(m_original);
}

void TestProfileDocument::loadingIsNotAnEdit() {
    QSignalSpy changed(&m_document, &ProfileDocument::changed);
    m_document.setRule(0, QJsonObject{{QStringLiteral("target"), QStringLiteral("x")}},
                       QStringLiteral("edit"));
    m_document.load(m_original);
    QCOMPARE(m_document.undoStack()->count(), 0);
    QVERIFY(!m_document.isModified());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_document.ruleCount(), int(m_original.value(QLatin1String("rules")).toArray().size()));
}

void TestProfileDocument::theModifiedMarkFollowsUndo() {
    QSignalSpy cleanChanged(m_document.undoStack(), &QUndoStack::cleanChanged);
    m_document.insertRule(0, QJsonObject{{QStringLiteral("target"), QStringLiteral("noteBody")}});
    QVERIFY(m_document.isModified());
    QVERIFY(m_document.undoStack()->undoText().contains(QLatin1String("noteBody")));
    m_document.undoStack()->undo();
    QVERIFY(!m_document.isModified());
    QCOMPARE(cleanChanged.size(), 2);
    // An edit that changes nothing is no step at all.
    m_document.setRule(0, m_document.rule(0), QStringLiteral("nothing"));
    QCOMPARE(m_document.undoStack()->count(), 1); // only the undone insert, still redoable
    m_document.moveRule(1, 1);
    QVERIFY(!m_document.isModified());
}

void TestProfileDocument::everyEditUndoesExactly() {
    const QByteArray original = m_document.toJson();
    m_document.insertRule(1, QJsonObject{{QStringLiteral("target"), QStringLiteral("a")}});
    m_document.setRule(0, QJsonObject{{QStringLiteral("target"), QStringLiteral("b")}},
                       QStringLiteral("edit"));
    m_document.moveRule(0, 2);
    m_document.removeRule(1);
    QVERIFY(m_document.toJson() != original);
    while (m_document.undoStack()->canUndo())
        m_document.undoStack()->undo();
    QCOMPARE(m_document.toJson(), original);
    while (m_document.undoStack()->canRedo())
        m_document.undoStack()->redo();
    // insert a at 1, b over 0, b moved to 2, then row 1 removed: a, b, and the rest as they were.
    QCOMPARE(m_document.rule(0).value(QLatin1String("target")).toString(), QStringLiteral("a"));
    QCOMPARE(m_document.rule(1).value(QLatin1String("target")).toString(), QStringLiteral("b"));
    QCOMPARE(m_document.rule(2), m_original.value(QLatin1String("rules")).toArray().at(2).toObject());
}

void TestProfileDocument::theDocumentRoundTripsAndParsesItsEdits() {
    QCOMPARE(QJsonDocument::fromJson(m_document.toJson()).object(), m_original);
    QVERIFY(m_document.parse().profile);
    QJsonObject broken = m_document.rule(0);
    broken.insert(QStringLiteral("transforms"), QJsonArray{QStringLiteral("no_such_transform")});
    m_document.setRule(0, broken, QStringLiteral("break"));
    const mapping::ParsedProfile parsed = m_document.parse();
    QVERIFY(!parsed.profile);
    QVERIFY(
        std::any_of(parsed.diagnostics.cbegin(), parsed.diagnostics.cend(), [](const mapping::Diagnostic& d) {
            return d.severity == mapping::Severity::Error &&
                   d.sourcePath.startsWith(QLatin1String("rules[0]"));
        }));
}

FIELDLINK_TEST_MAIN(TestProfileDocument, QApplication)
#include "TestProfileDocument.moc"
