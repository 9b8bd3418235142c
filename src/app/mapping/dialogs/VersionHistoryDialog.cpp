#include "app/mapping/dialogs/VersionHistoryDialog.h"

#include "app/mapping/LineDiff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace fieldlink {
namespace {

/// Removed lines red on the left, added green on the right, changed amber on both; the markers in the
/// gutter text ("-", "+", "~") say the same without colour.
void fill(QPlainTextEdit* edit, const QList<DiffRow>& rows, bool left) {
    QStringList lines;
    QList<DiffRow::Kind> kinds;
    for (const DiffRow& row : rows) {
        const bool present = left ? row.kind != DiffRow::Kind::Added : row.kind != DiffRow::Kind::Removed;
        QString marker = QStringLiteral("  ");
        if (row.kind == DiffRow::Kind::Changed)
            marker = QStringLiteral("~ ");
        else if (row.kind == DiffRow::Kind::Removed && left)
            marker = QStringLiteral("- ");
        else if (row.kind == DiffRow::Kind::Added && !left)
            marker = QStringLiteral("+ ");
        lines << (present ? marker + (left ? row.left : row.right) : QString());
        kinds << row.kind;
    }
    edit->setPlainText(lines.join(QLatin1Char('\n')));
    QList<QTextEdit::ExtraSelection> selections;
    QTextBlock block = edit->document()->firstBlock();
    for (const DiffRow::Kind kind : kinds) {
        if (!block.isValid())
            break;
        QColor colour;
        if (kind == DiffRow::Kind::Changed)
            colour = QColor(0xff, 0xec, 0xb3);
        else if (kind == DiffRow::Kind::Removed)
            colour = left ? QColor(0xff, 0xcd, 0xd2) : QColor(0xee, 0xee, 0xee);
        else if (kind == DiffRow::Kind::Added)
            colour = left ? QColor(0xee, 0xee, 0xee) : QColor(0xc8, 0xe6, 0xc9);
        if (colour.isValid()) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(block);
            selection.format.setBackground(colour);
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections << selection;
        }
        block = block.next();
    }
    edit->setExtraSelections(selections);
}

/// Versions saved by runs keep the file's own layout; both sides are laid out alike so only content differs.
QStringList normalisedLines(const QByteArray& document) {
    const QJsonDocument json = QJsonDocument::fromJson(document);
    const QByteArray text = json.isObject() ? json.toJson(QJsonDocument::Indented) : document;
    QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

VersionHistoryDialog::VersionHistoryDialog(const QList<store::ProfileVersion>& versions,
                                           const QByteArray& current, QWidget* parent)
    : QDialog(parent)
    , m_versions(versions)
    , m_current(current)
    , m_list(new QListWidget(this))
    , m_left(new QPlainTextEdit(this))
    , m_right(new QPlainTextEdit(this))
    , m_summary(new QLabel(this)) {
    setWindowTitle(tr("Version history"));
    m_list->setObjectName(QStringLiteral("versionList"));
    m_list->setAccessibleName(tr("Saved versions"));
    for (const store::ProfileVersion& version : m_versions) {
        QString text = tr("Version %1 — %2")
                           .arg(version.version)
                           .arg(QLocale().toString(version.createdAt.toLocalTime(), QLocale::ShortFormat));
        if (!version.note.isEmpty())
            text += QLatin1Char('\n') + version.note;
        m_list->addItem(text);
    }
    for (QPlainTextEdit* edit : {m_left, m_right}) {
        edit->setReadOnly(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_left->setObjectName(QStringLiteral("versionText"));
    m_right->setObjectName(QStringLiteral("currentText"));
    m_left->setAccessibleName(tr("The saved version"));
    m_right->setAccessibleName(tr("The profile in the editor"));
    // Both sides scroll together, line for line.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(),
            &QScrollBar::setValue);

    auto* leftColumn = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(leftColumn);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Saved version"), leftColumn));
    leftLayout->addWidget(m_left);
    auto* rightColumn = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(rightColumn);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("In the editor now"), rightColumn));
    rightLayout->addWidget(m_right);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(leftColumn);
    splitter->addWidget(rightColumn);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore this version"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(
        tr("Puts this version in the editor; undo takes it back, Save makes it the newest"));
    connect(m_restore, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(1100, 640);

    connect(m_list, &QListWidget::currentRowChanged, this, &VersionHistoryDialog::showVersion);
    if (m_versions.isEmpty())
        m_summary->setText(tr("This profile has no saved version yet: Save creates version 1."));
    m_restore->setEnabled(false);
    if (!m_versions.isEmpty())
        m_list->setCurrentRow(0);
}

void VersionHistoryDialog::showVersion(int row) {
    m_restore->setEnabled(row >= 0);
    if (row < 0)
        return;
    const QList<DiffRow> rows =
        LineDiff::compare(normalisedLines(m_versions.at(row).document), normalisedLines(m_current));
    fill(m_left, rows, true);
    fill(m_right, rows, false);
    const int changes = LineDiff::changes(rows);
    m_summary->setText(
        changes == 0 ? tr("Version %1 is the same as the editor's profile.").arg(m_versions.at(row).version)
                     : tr("%n line(s) differ between version %1 and the editor.", nullptr, changes)
                           .arg(m_versions.at(row).version));
}

const store::ProfileVersion* VersionHistoryDialog::restored() const {
    const int row = m_list->currentRow();
    return result() == QDialog::Accepted && row >= 0 ? &m_versions.at(row) : nullptr;
}

} // namespace fieldlink
