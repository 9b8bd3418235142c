#include "CommandGuidePage.h"

#include "ui_CommandGuidePage.h"

#include <QRegularExpression>

namespace fieldlink {
namespace {

/// A shell word: quoted when it needs to be, so the command can be pasted as shown.
QString shellWord(const QString& word) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString commandBlock(const QStringList& words) {
    QStringList quoted;
    for (const QString& word : words)
        quoted << shellWord(word);
    return QStringLiteral("<pre>") + quoted.join(QLatin1Char(' ')).toHtmlEscaped() + QStringLiteral("</pre>");
}

} // namespace

CommandGuidePage::CommandGuidePage(Topic topic, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CommandGuidePage>())
    , m_topic(topic) {
    m_ui->setupUi(this);
    m_ui->guideTitleLabel->setText(topic == Topic::TestSync ? tr("<h2>Test Sync</h2>")
                                                            : tr("<h2>History</h2>"));
    setContext({}, {}, {});
}

CommandGuidePage::~CommandGuidePage() = default;

void CommandGuidePage::setContext(const QString& connectionName, const QString& profileName,
                                  const QString& databasePath) {
    if (connectionName.isEmpty()) {
        m_ui->guideBodyLabel->setText(tr("Save a connection first (Connections, or try the sandbox)."));
        return;
    }
    const QStringList base = {QStringLiteral("fieldlink-cli"), QStringLiteral("sync"),
                              QStringLiteral("--connection"),  connectionName,
                              QStringLiteral("--profile"),     profileName,
                              QStringLiteral("--db"),          databasePath};
    if (m_topic == Topic::TestSync) {
        m_ui->guideBodyLabel->setText(
            tr("<p>A dry run of the first 25 contacts shows exactly what would change, and writes "
               "nothing:</p>%1"
               "<p>Then the same slice for real (each write once; an unchanged contact costs no Kixie "
               "call):</p>%2"
               "<p>Interrupted? Continue where it stopped:</p>%3")
                .arg(commandBlock(base + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--limit"),
                                                     QStringLiteral("25")}),
                     commandBlock(base + QStringList{QStringLiteral("--limit"), QStringLiteral("25")}),
                     commandBlock(base + QStringList{QStringLiteral("--resume")})));
    } else {
        m_ui->guideBodyLabel->setText(
            tr("<p>Every run, its records and its requests are kept in <code>%1</code>. Re-run only the "
               "records a run failed on, with the current profile:</p>%2")
                .arg(databasePath.toHtmlEscaped(),
                     commandBlock(base + QStringList{QStringLiteral("--replay-failed"), tr("RUN-ID")})));
    }
}

} // namespace fieldlink
