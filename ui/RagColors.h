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

/// A level of the answer scale, from red (lowest) through amber to green
/// (highest); opaque, so it also suits PDF/A.
inline QColor level(int index, int count)
{
    if (count <= 1)
        return green();
    const double t = double(index) / (count - 1);
    const QColor a = t < 0.5 ? red() : amber();
    const QColor b = t < 0.5 ? amber() : green();
    const double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * u),
                            float(a.greenF() + (b.greenF() - a.greenF()) * u),
                            float(a.blueF() + (b.blueF() - a.blueF()) * u));
}
} // namespace RagColors

} // namespace readiness::ui
