#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace fieldlink {

/// The few colours that carry meaning (a warning, a danger, something that went well), derived from the
/// widget's palette so they read as well on a dark theme as on a light one. Nothing in the app hard-codes a
/// light colour: it asks for a tone here.
namespace Tones {

enum class Tone { Neutral, Warning, Danger, Positive };

/// True when the palette draws light text on dark backgrounds.
bool isDark(const QPalette& palette);
/// A strong fill for a band or badge that must stand out from the window (the environment band).
QColor fill(Tone tone, const QPalette& palette);
/// Black or white, whichever reads better on `background`.
QColor textOn(const QColor& background);
/// Text in the tone, readable on the palette's Window and Base colours (a warning line, an error message).
QColor text(Tone tone, const QPalette& palette);
/// A faint background in the tone over the palette's Base (a changed line in a diff).
QColor tint(Tone tone, const QPalette& palette);
/// A style sheet fragment "color: …;" for text in the tone (for labels that already use a style sheet).
QString textStyleSheet(Tone tone, const QPalette& palette);
/// A style sheet for a band: the tone's fill, the text that reads on it, bold.
QString bandStyleSheet(Tone tone, const QPalette& palette);

} // namespace Tones
} // namespace fieldlink
