#pragma once

#include "ReadinessScore.h"

#include <QColor>
#include <QString>

namespace readiness::ui::ReportStyle {

// Opaque colours only: PDF/A-1 forbids transparency.
inline const QColor kRed {0xC0, 0x39, 0x2B};
inline const QColor kAmber {0xE6, 0x7E, 0x22};
inline const QColor kGreen {0x27, 0xAE, 0x60};
inline const QColor kGrey {0x95, 0xA5, 0xA6};
inline const QColor kInk {0x2C, 0x3E, 0x50};
inline const QColor kRule {0xD5, 0xD8, 0xDC};
inline const QColor kMuted {0x7F, 0x8C, 0x8D};
inline const QColor kAccent {0x1F, 0x4E, 0x79};

inline QColor ragColour(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return kRed;
    case Rag::Amber:
        return kAmber;
    case Rag::Green:
        return kGreen;
    case Rag::None:
        break;
    }
    return kGrey;
}

inline constexpr auto kFontFamily = "DejaVu Sans";

/// Registers DejaVu Sans (fonts-dejavu-core) with the application so the
/// PDF embeds the same font everywhere; returns the family to use.
QString fontFamily();

} // namespace readiness::ui::ReportStyle
