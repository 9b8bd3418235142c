#include "app/mapping/editors/RuleEditorPane.h"

#include "ui_RuleEditorPane.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace fieldlink {
namespace {

const auto foldedKey = QStringLiteral("mapping/ruleEditor/folded");
const auto detachedKey = QStringLiteral("mapping/ruleEditor/detached");
const auto windowGeometryKey = QStringLiteral("mapping/ruleEditor/windowGeometry");

/// Until the admin chooses, the pane starts folded on a screen too short for it and for ten rules and eight
/// samples at once (a 768-pixel laptop), open on a taller one.
bool foldedByDefault() {
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen && screen->availableGeometry().height() < 900;
}

} // namespace

RuleEditorPane::RuleEditorPane(QWidget* editor, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RuleEditorPane>())
    , m_editor(editor) {
    m_ui->setupUi(this);
    m_ui->paneLayout->addWidget(editor, 1);
    connect(m_ui->foldToolButton, &QToolButton::toggled, this, [this](bool open) { setFolded(!open); });
    connect(m_ui->detachToolButton, &QToolButton::clicked, this, [this] { setDetached(!isDetached()); });
    if (QSettings().value(foldedKey, foldedByDefault()).toBool())
        showFolded(true);
    updateHeader();
}

RuleEditorPane::~RuleEditorPane() {
    if (m_window) // the window's geometry is remembered as it was when Fieldlink closed
        QSettings().setValue(windowGeometryKey, m_window->saveGeometry());
}

QWidget* RuleEditorPane::foldButton() const {
    return m_ui->foldToolButton;
}

QWidget* RuleEditorPane::detachButton() const {
    return m_ui->detachToolButton;
}

bool RuleEditorPane::isFolded() const {
    return !m_ui->foldToolButton->isChecked();
}

void RuleEditorPane::setFolded(bool folded) {
    if (isDetached())
        return;
    if (folded != isFolded()) {
        const QSignalBlocker blocker(m_ui->foldToolButton);
        m_ui->foldToolButton->setChecked(!folded);
    }
    showFolded(folded);
    remember();
    Q_EMIT foldedChanged(folded);
}

void RuleEditorPane::showFolded(bool folded) {
    QSplitter* parentSplitter = splitter();
    if (folded && parentSplitter && maximumHeight() == QWIDGETSIZE_MAX) // the open sizes, to give back
        m_unfoldedSizes = parentSplitter->sizes();
    {
        const QSignalBlocker blocker(m_ui->foldToolButton);
        m_ui->foldToolButton->setChecked(!folded);
    }
    m_editor->setVisible(!folded && !isDetached());
    // Folded, the pane is its header alone and the rules take the rest.
    const bool headerOnly = folded || isDetached();
    setMaximumHeight(headerOnly ? m_ui->headerLayout->sizeHint().height() : QWIDGETSIZE_MAX);
    giveRoom();
    updateHeader();
}

void RuleEditorPane::giveRoom() {
    QSplitter* parentSplitter = splitter();
    const int index = parentSplitter ? parentSplitter->indexOf(this) : -1;
    if (index < 0 || parentSplitter->count() != 2)
        return;
    QList<int> sizes = parentSplitter->sizes();
    const int total = sizes.at(0) + sizes.at(1);
    if (total <= 0)
        return;
    const int other = 1 - index;
    if (maximumHeight() < QWIDGETSIZE_MAX) {
        // A splitter keeps a pane's share even when the pane may not use it: the share goes to the rules.
        sizes[index] = maximumHeight();
    } else if (m_unfoldedSizes.size() == 2 && m_unfoldedSizes.at(index) > maximumHeight()) {
        sizes = m_unfoldedSizes;
    } else {
        sizes[index] = total * 2 / 5; // first opened: the rules keep the larger part
    }
    sizes[other] = total - sizes[index];
    parentSplitter->setSizes(sizes);
}

void RuleEditorPane::setDetached(bool detached) {
    if (detached == isDetached())
        return;
    if (detached) {
        if (!isFolded() && splitter())
            m_unfoldedSizes = splitter()->sizes();
        m_window = new QWidget(this, Qt::Window);
        m_window->setObjectName(QStringLiteral("ruleEditorWindow"));
        m_window->setWindowTitle(tr("Rule editor - Fieldlink"));
        m_window->addActions(m_windowActions);
        auto* layout = new QVBoxLayout(m_window);
        layout->addWidget(m_editor);
        m_editor->show();
        m_window->installEventFilter(this);
        if (!m_window->restoreGeometry(QSettings().value(windowGeometryKey).toByteArray()))
            m_window->resize(m_editor->sizeHint().expandedTo(QSize(560, 420)));
        m_window->show();
    } else {
        QSettings().setValue(windowGeometryKey, m_window->saveGeometry());
        m_ui->paneLayout->addWidget(m_editor, 1);
        m_window->removeEventFilter(this);
        m_window->deleteLater();
        m_window = nullptr;
    }
    showFolded(isFolded());
    remember();
    Q_EMIT detachedChanged(detached);
}

void RuleEditorPane::reveal() {
    if (m_window) {
        m_window->raise();
        m_window->activateWindow();
        return;
    }
    setFolded(false);
}

bool RuleEditorPane::eventFilter(QObject* watched, QEvent* event) {
    // Closing the editor's window puts the editor back in the page; nothing is lost.
    if (watched == m_window && event->type() == QEvent::Close) {
        event->ignore();
        setDetached(false);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void RuleEditorPane::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (maximumHeight() < QWIDGETSIZE_MAX)
        giveRoom(); // folded before the splitter had its size
    // A window of its own appears only once the page does, never while the main window is being built.
    if (!std::exchange(m_restored, true) && QSettings().value(detachedKey, false).toBool())
        setDetached(true);
}

void RuleEditorPane::updateHeader() {
    const bool detached = isDetached();
    m_ui->foldToolButton->setVisible(!detached);
    m_ui->foldToolButton->setArrowType(isFolded() ? Qt::RightArrow : Qt::DownArrow);
    m_ui->detachedLabel->setVisible(detached);
    m_ui->detachToolButton->setText(detached ? tr("Bac&k in the page") : tr("In a &window"));
}

void RuleEditorPane::remember() const {
    QSettings settings;
    settings.setValue(foldedKey, isFolded());
    settings.setValue(detachedKey, isDetached());
}

QSplitter* RuleEditorPane::splitter() const {
    return qobject_cast<QSplitter*>(parentWidget());
}

} // namespace fieldlink
