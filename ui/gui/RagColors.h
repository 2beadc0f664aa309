#pragma once

#include "ReadinessScore.h"

#include <QColor>

namespace readiness::ui {

/// The red/amber/green of the whole application: readable on light and
/// dark palettes alike.
namespace RagColors {
inline QColor red()
{
    return QColor(0xC0, 0x39, 0x2B);
}
inline QColor amber()
{
    return QColor(0xE6, 0x7E, 0x22);
}
inline QColor green()
{
    return QColor(0x27, 0xAE, 0x60);
}
inline QColor forRag(Rag rag, const QColor &none)
{
    switch (rag) {
    case Rag::Red:
        return red();
    case Rag::Amber:
        return amber();
    case Rag::Green:
        return green();
    case Rag::None:
        break;
    }
    return none;
}
} // namespace RagColors

} // namespace readiness::ui
