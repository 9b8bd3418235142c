#pragma once

#include <QLabel>

namespace fieldlink {

/// A one-line label that never widens its window: when there is not room for all of its text the end (or
/// the middle, for names and paths) is replaced by "…" and hovering shows the whole text. text() is always
/// the whole text. Used for names an admin chooses (profiles, connections) and status lines, which can be
/// any length. Plain text only.
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    explicit ElidedLabel(const QString& text, QWidget* parent = nullptr);

    void setElideMode(Qt::TextElideMode mode);
    /// The text as shown now, with "…" when it does not fit.
    QString shownText() const;
    bool isElided() const { return shownText() != text(); }

    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    Qt::TextElideMode m_mode = Qt::ElideRight;
};

} // namespace fieldlink
