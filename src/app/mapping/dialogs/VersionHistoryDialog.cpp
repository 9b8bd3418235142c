#include "app/mapping/dialogs/VersionHistoryDialog.h"

#include "app/common/Tones.h"
#include "app/mapping/LineDiff.h"
#include "ui_VersionHistoryDialog.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>

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
        // Tints of the palette's base, so the diff reads on a dark theme too.
        const QPalette& palette = edit->palette();
        QColor colour;
        if (kind == DiffRow::Kind::Changed)
            colour = Tones::tint(Tones::Tone::Warning, palette);
        else if (kind == DiffRow::Kind::Removed)
            colour = Tones::tint(left ? Tones::Tone::Danger : Tones::Tone::Neutral, palette);
        else if (kind == DiffRow::Kind::Added)
            colour = Tones::tint(left ? Tones::Tone::Neutral : Tones::Tone::Positive, palette);
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
    , m_ui(std::make_unique<Ui::VersionHistoryDialog>())
    , m_versions(versions)
    , m_current(current) {
    m_ui->setupUi(this);
    for (const store::ProfileVersion& version : m_versions) {
        QString text = tr("Version %1 — %2")
                           .arg(version.version)
                           .arg(QLocale().toString(version.createdAt.toLocalTime(), QLocale::ShortFormat));
        if (!version.note.isEmpty())
            text += QLatin1Char('\n') + version.note;
        m_ui->versionsListWidget->addItem(text);
    }
    setUpTexts();

    // Designer gives a button box only standard buttons; Restore, with its own words, is added here.
    m_restore = m_ui->dialogButtonBox->addButton(tr("&Restore this version"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restorePushButton"));
    m_restore->setToolTip(
        tr("Puts this version in the editor; undo takes it back, Save makes it the newest"));
    connect(m_restore, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_ui->versionsListWidget, &QListWidget::currentRowChanged, this,
            &VersionHistoryDialog::showVersion);
    if (m_versions.isEmpty())
        m_ui->summaryLabel->setText(tr("This profile has no saved version yet: Save creates version 1."));
    m_restore->setEnabled(false);
    if (!m_versions.isEmpty())
        m_ui->versionsListWidget->setCurrentRow(0);
}

VersionHistoryDialog::~VersionHistoryDialog() = default;

void VersionHistoryDialog::setUpTexts() {
    QPlainTextEdit* left = m_ui->savedVersionPlainTextEdit;
    QPlainTextEdit* right = m_ui->editorVersionPlainTextEdit;
    // The system's fixed font is only known at run time: Designer cannot name it.
    for (QPlainTextEdit* edit : {left, right})
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Both sides scroll together, line for line.
    connect(left->verticalScrollBar(), &QScrollBar::valueChanged, right->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(right->verticalScrollBar(), &QScrollBar::valueChanged, left->verticalScrollBar(),
            &QScrollBar::setValue);
}

QListWidget* VersionHistoryDialog::list() const {
    return m_ui->versionsListWidget;
}

QLabel* VersionHistoryDialog::summary() const {
    return m_ui->summaryLabel;
}

void VersionHistoryDialog::showVersion(int row) {
    m_restore->setEnabled(row >= 0);
    if (row < 0)
        return;
    const QList<DiffRow> rows =
        LineDiff::compare(normalisedLines(m_versions.at(row).document), normalisedLines(m_current));
    fill(m_ui->savedVersionPlainTextEdit, rows, true);
    fill(m_ui->editorVersionPlainTextEdit, rows, false);
    const int changes = LineDiff::changes(rows);
    m_ui->summaryLabel->setText(
        changes == 0 ? tr("Version %1 is the same as the editor's profile.").arg(m_versions.at(row).version)
                     : tr("%n line(s) differ between version %1 and the editor.", nullptr, changes)
                           .arg(m_versions.at(row).version));
}

const store::ProfileVersion* VersionHistoryDialog::restored() const {
    const int row = m_ui->versionsListWidget->currentRow();
    return result() == QDialog::Accepted && row >= 0 ? &m_versions.at(row) : nullptr;
}

} // namespace fieldlink
