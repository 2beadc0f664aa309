#pragma once

#include "RagColors.h"
#include "ReadinessScore.h"

#include <QColor>
#include <QString>

namespace readiness::ui::ReportStyle {

// Opaque colours only: PDF/A-1 forbids transparency.
inline const QColor kRed = RagColors::red();
inline const QColor kAmber = RagColors::amber();
inline const QColor kGreen = RagColors::green();
inline const QColor kGrey {0x95, 0xA5, 0xA6};
inline const QColor kInk {0x2C, 0x3E, 0x50};
inline const QColor kRule {0xD5, 0xD8, 0xDC};
inline const QColor kMuted {0x7F, 0x8C, 0x8D};
inline const QColor kAccent {0x1F, 0x4E, 0x79};

inline QColor ragColour(Rag rag)
{
    return RagColors::forRag(rag, kGrey);
}

inline constexpr auto kFontFamily = "DejaVu Sans";

/// Registers DejaVu Sans (fonts-dejavu-core) with the application so the
/// PDF embeds the same font everywhere; returns the family to use.
QString fontFamily();

} // namespace readiness::ui::ReportStyle
