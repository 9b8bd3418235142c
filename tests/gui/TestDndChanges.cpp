// How an events run shows do-not-disturb changes: a line of its own in words, and the question before a
// production run makes the first one, driven offscreen.
#include "app/runs/DndChanges.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace fieldlink;

class TestDndChanges : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aChangeIsOneLineInWords();
    void theQuestionNamesContactsAndChannels();
    void skipIsTheDefaultAndEscape();

private:
    /// Runs `act` on the question once it is shown.
    void whenAsked(std::function<void(QMessageBox*)> act);
    QString m_text;
    QString m_details;
};

void TestDndChanges::whenAsked(std::function<void(QMessageBox*)> act) {
    auto* timer = new QTimer(this);
    timer->setInterval(0);
    connect(timer, &QTimer::timeout, this, [this, timer, act] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        m_text = box->text();
        m_details = box->informativeText();
        act(box);
    });
    timer->start();
}

void TestDndChanges::aChangeIsOneLineInWords() {
    const DndChange change{QStringLiteral("Pilar Peña"), {QStringLiteral("SMS"), QStringLiteral("Call")}};
    QCOMPARE(DndChanges::line(change, true),
             QStringLiteral("Do not disturb: Calls, Text messages — would be turned on for Pilar Peña"));
    QCOMPARE(DndChanges::line(change, false),
             QStringLiteral("Do not disturb: Calls, Text messages — turned on for Pilar Peña"));
    QCOMPARE(DndChanges::channelsInWords({QStringLiteral("FB"), QStringLiteral("Email")}),
             QStringLiteral("Emails, Facebook messages"));
}

void TestDndChanges::theQuestionNamesContactsAndChannels() {
    whenAsked([](QMessageBox* box) {
        QVERIFY(box->grab().save(QDir::temp().filePath(QStringLiteral("fieldlink-dnd-question.png"))));
        box->findChild<QPushButton*>(QStringLiteral("turnOnDndPushButton"))->click();
    });
    const QList<DndChange> changes{
        {QStringLiteral("Pilar Peña"), {QStringLiteral("Call"), QStringLiteral("SMS")}},
        {QStringLiteral("+14155550123"), {QStringLiteral("Call")}}};
    QCOMPARE(DndChanges::ask(nullptr, changes), DndChanges::Choice::TurnOn);
    QVERIFY2(m_text.contains(QLatin1String("for 2 contact")), qPrintable(m_text));
    QVERIFY(m_details.contains(QStringLiteral("Pilar Peña: Calls, Text messages")));
    QVERIFY(m_details.contains(QStringLiteral("+14155550123: Calls")));

    whenAsked(
        [](QMessageBox* box) { box->findChild<QPushButton*>(QStringLiteral("skipDndPushButton"))->click(); });
    QCOMPARE(DndChanges::ask(nullptr, changes.mid(0, 1)), DndChanges::Choice::Skip);
    QVERIFY2(m_text.contains(QLatin1String("for 1 contact")), qPrintable(m_text));
}

void TestDndChanges::skipIsTheDefaultAndEscape() {
    const QList<DndChange> changes{{QStringLiteral("Pilar Peña"), {QStringLiteral("Call")}}};
    whenAsked([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Return); });
    QCOMPARE(DndChanges::ask(nullptr, changes), DndChanges::Choice::Skip);
    whenAsked([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Escape); });
    QCOMPARE(DndChanges::ask(nullptr, changes), DndChanges::Choice::Skip);
}

FIELDLINK_TEST_MAIN(TestDndChanges, QApplication)
#include "TestDndChanges.moc"
