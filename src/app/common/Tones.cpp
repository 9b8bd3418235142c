#include "app/common/Tones.h"

namespace fieldlink::Tones {
namespace {

/// The hue of each tone (HSL degrees): amber, red, green. Lightness comes from the palette.
int hueOf(Tone tone) {
    switch (tone) {
    case Tone::Warning:
        return 38;
    case Tone::Danger:
        return 3;
    case Tone::Positive:
        return 122;
    case Tone::Neutral:
        break;
    }
    return -1;
}

QColor blend(const QColor& under, const QColor& over, double amount) {
    return QColor::fromRgbF(static_cast<float>(under.redF() * (1 - amount) + over.redF() * amount),
                            static_cast<float>(under.greenF() * (1 - amount) + over.greenF() * amount),
                            static_cast<float>(under.blueF() * (1 - amount) + over.blueF() * amount));
}

} // namespace

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor fill(Tone tone, const QPalette& palette) {
    if (tone == Tone::Neutral)
        return palette.color(QPalette::Mid);
    const bool dark = isDark(palette);
    // Fieldlink's own amber and red on a light window; on a dark one the amber is toned down so it does not
    // glare (the red reads on both).
    switch (tone) {
    case Tone::Warning:
        return dark ? QColor(0xf5, 0xa6, 0x23).darker(160) : QColor(0xf5, 0xa6, 0x23);
    case Tone::Danger:
        return QColor(0xb3, 0x26, 0x1e);
    default:
        return QColor::fromHsl(hueOf(tone), 180, dark ? 90 : 100);
    }
}

QColor textOn(const QColor& background) {
    // Relative luminance (sRGB weights), with the usual mid-point.
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor text(Tone tone, const QPalette& palette) {
    if (tone == Tone::Neutral)
        return palette.color(QPalette::WindowText);
    return QColor::fromHsl(hueOf(tone), 200, isDark(palette) ? 175 : 75);
}

QColor tint(Tone tone, const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    if (tone == Tone::Neutral)
        return blend(base, palette.color(QPalette::Text), 0.08);
    return blend(base, QColor::fromHsl(hueOf(tone), 200, 128), isDark(palette) ? 0.35 : 0.25);
}

QString textStyleSheet(Tone tone, const QPalette& palette) {
    return QStringLiteral("color: %1;").arg(text(tone, palette).name());
}

QString bandStyleSheet(Tone tone, const QPalette& palette) {
    const QColor background = fill(tone, palette);
    return QStringLiteral("background-color: %1; color: %2; font-weight: bold;")
        .arg(background.name(), textOn(background).name());
}

} // namespace fieldlink::Tones
