#include "CommandGuidePage.h"

#include "ShellCommand.h"
#include "ui_CommandGuidePage.h"

namespace fieldlink {
CommandGuidePage::CommandGuidePage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CommandGuidePage>()) {
    m_ui->setupUi(this);
    m_ui->guideTitleLabel->setText(tr("<h2>Test Sync</h2>"));
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
    m_ui->guideBodyLabel->setText(
        tr("<p>A dry run of the first 25 contacts shows exactly what would change, and writes "
           "nothing:</p>%1"
           "<p>Then the same slice for real (each write once; an unchanged contact costs no Kixie "
           "call):</p>%2"
           "<p>Interrupted? Continue where it stopped:</p>%3"
           "<p>Every run, its records and its requests are on the History page.</p>")
            .arg(ShellCommand::htmlBlock(base + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--limit"),
                                                            QStringLiteral("25")}),
                 ShellCommand::htmlBlock(base + QStringList{QStringLiteral("--limit"), QStringLiteral("25")}),
                 ShellCommand::htmlBlock(base + QStringList{QStringLiteral("--resume")})));
}

} // namespace fieldlink
