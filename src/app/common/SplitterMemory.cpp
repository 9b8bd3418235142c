#include "app/common/SplitterMemory.h"

#include <QEvent>
#include <QSettings>
#include <QSplitter>

namespace fieldlink {

SplitterMemory::SplitterMemory(const QString& group, const QList<QSplitter*>& splitters, QObject* parent)
    : QObject(parent)
    , m_group(group)
    , m_splitters(splitters) {
    for (QSplitter* splitter : splitters)
        connect(splitter, &QSplitter::splitterMoved, this, &SplitterMemory::save);
}

void SplitterMemory::restore() {
    // Sizes put back before the splitter has its real size are shared out again when it gets it: each is
    // restored on the splitter's first resize instead.
    for (QSplitter* splitter : std::as_const(m_splitters)) {
        if (splitter->testAttribute(Qt::WA_WState_Visible) && !splitter->size().isEmpty())
            restore(splitter);
        else
            splitter->installEventFilter(this);
    }
}

void SplitterMemory::restore(QSplitter* splitter) {
    const QByteArray state = QSettings().value(keyOf(splitter)).toByteArray();
    if (!state.isEmpty())
        splitter->restoreState(state);
}

bool SplitterMemory::eventFilter(QObject* watched, QEvent* event) {
    auto* splitter = qobject_cast<QSplitter*>(watched);
    if (splitter && event->type() == QEvent::Resize && !splitter->size().isEmpty()) {
        splitter->removeEventFilter(this);
        restore(splitter);
    }
    return QObject::eventFilter(watched, event);
}

void SplitterMemory::save() const {
    QSettings settings;
    for (const QSplitter* splitter : m_splitters)
        settings.setValue(keyOf(splitter), splitter->saveState());
}

QString SplitterMemory::keyOf(const QSplitter* splitter) const {
    return m_group + QLatin1Char('/') + splitter->objectName();
}

} // namespace fieldlink
