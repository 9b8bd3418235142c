#include "app/common/UserGuideDialog.h"

#include "ui_UserGuideDialog.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>

namespace fieldlink {

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserGuideDialog>()) {
    m_ui->setupUi(this);
    connect(m_ui->userGuideButtonBox, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_ui->userGuideTextBrowser, &QTextBrowser::anchorClicked, this, &UserGuideDialog::followLink);
}

UserGuideDialog::~UserGuideDialog() = default;

QString UserGuideDialog::locate(const QString& document) {
    const QDir programDir(QCoreApplication::applicationDirPath());
    for (const QString& candidate :
         {programDir.filePath(QStringLiteral("../share/doc/fieldlink/") + document),
          programDir.filePath(QStringLiteral("doc/") + document)}) {
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    return {};
}

QString UserGuideDialog::anchorOf(const QString& heading) {
    static const QRegularExpression punctuation(QStringLiteral("[^\\w\\- ]"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    QString anchor = heading.trimmed().toLower();
    anchor.remove(punctuation);
    anchor.replace(QLatin1Char(' '), QLatin1Char('-'));
    return anchor;
}

UserGuideDialog* UserGuideDialog::showGuide(QWidget* parent, const QString& document, const QString& anchor) {
    auto* dialog =
        parent ? parent->findChild<UserGuideDialog*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog) {
        dialog = new UserGuideDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show(); // first, so the text is laid out at the window's width before scrolling in it
    dialog->showDocument(document, anchor);
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

bool UserGuideDialog::showDocument(const QString& document, const QString& anchor) {
    QTextBrowser* browser = m_ui->userGuideTextBrowser;
    const QString path = locate(document);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        browser->setPlainText(tr("The user guide was not found. Fieldlink installs it as "
                                 "share/doc/fieldlink/%1; reinstalling Fieldlink puts it back.")
                                  .arg(document));
        return false;
    }
    if (document != m_document) {
        browser->setSearchPaths({QFileInfo(path).absolutePath()});
        browser->document()->setMarkdown(QString::fromUtf8(file.readAll()));
        m_document = document;
    }
    if (anchor.isEmpty() || !scrollToHeading(anchor))
        browser->verticalScrollBar()->setValue(0);
    return true;
}

bool UserGuideDialog::scrollToHeading(const QString& anchor) {
    QTextBrowser* browser = m_ui->userGuideTextBrowser;
    QTextDocument* text = browser->document();
    for (QTextBlock block = text->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || anchorOf(block.text()) != anchor)
            continue;
        browser->setTextCursor(QTextCursor(block));
        const QRectF where = text->documentLayout()->blockBoundingRect(block);
        browser->verticalScrollBar()->setValue(static_cast<int>(where.top()));
        return true;
    }
    return false;
}

void UserGuideDialog::followLink(const QUrl& link) {
    if (link.isRelative() && link.path().isEmpty())
        scrollToHeading(link.fragment());
    else if (link.isRelative() && link.path().endsWith(QLatin1String(".md")))
        showDocument(QFileInfo(link.path()).fileName(), link.fragment());
    else if (link.scheme() == QLatin1String("https") || link.scheme() == QLatin1String("http"))
        QDesktopServices::openUrl(link);
}

} // namespace fieldlink
